"""Review rounds: drafts put to the panel, their answers, the coordinator's resolutions, and the sign-off trail.

The life of a round, as the app and command line drive it (every call is one audited transaction):

    round_id = create_round(db, cid, "Spring drafts", [ItemSpec("insight", 3), ItemSpec("update", 41)], [1, 2, 5])
    for item in reviewer_items(db, round_id, member_id):        # review mode: one item at a time, Back/Next
        record_answer(db, item.item_id, member_id, "change", "Say 'people', not 'clients'")
    view = round_view(db, round_id)                              # tallies, who said what, what needs resolving
    resolve_item(db, item_id, new_text="…")                      # edit: the insight changes, text_version + 1
    resolve_item(db, item_id, keep_reason="It is the panel's own wording from May")
    summary = close_round(db, round_id, before=before)            # agreed items marked; update verdicts set
    reopen_round(db, round_id, before)                            # Ctrl+Z: open again as it was, while nothing
                                                                  # newer depends on it (the trail only grows)
    trail = signoff_trail(db, cid)                                # for the report's appendix

Items are insights, actions, a session's notes, a theme's "you said, we did" text, and organisations'
updates ("Do you agree this is done?"). Every reviewer in a round is asked about every item. An answer
belongs to one text_version of an item: answering again replaces it; once the text is edited, earlier
answers are to the old words and no longer count. Files (review packs, review return workbooks) are in
`commission.services.review_files`.

This module is the one the app and command line use; the work is done by role in review_rounds (a round, its
items and reviewers), review_answers (answers and resolutions), review_close (closing, and its undo) and
review_views (reading).
"""

from __future__ import annotations

from commission.services.review_answers import record_answer, resolve_item, undo_resolution
from commission.services.review_close import CloseSummary, close_round, reopen_round
from commission.services.review_rounds import (
    ITEM_KINDS,
    ItemSpec,
    add_items,
    add_reviewers,
    create_round,
    delete_round,
    remove_items,
    remove_reviewers,
)
from commission.services.review_text import KIND_LABELS, QUESTIONS
from commission.services.review_views import (  # the read side, re-exported: one module for the app to use
    OBJECTIONS,
    AnswerView,
    ItemChoice,
    ItemView,
    QuoteLine,
    ReviewerItem,
    ReviewerView,
    RoundInfo,
    RoundView,
    Signoff,
    available_items,
    list_rounds,
    majority_verdict,
    reviewer_items,
    round_view,
    signoff_trail,
    you_said_we_did,
)

__all__ = [
    "ITEM_KINDS",
    "KIND_LABELS",
    "OBJECTIONS",
    "QUESTIONS",
    "AnswerView",
    "CloseSummary",
    "ItemChoice",
    "ItemSpec",
    "ItemView",
    "QuoteLine",
    "ReviewerItem",
    "ReviewerView",
    "RoundInfo",
    "RoundView",
    "Signoff",
    "add_items",
    "add_reviewers",
    "available_items",
    "close_round",
    "create_round",
    "delete_round",
    "list_rounds",
    "majority_verdict",
    "record_answer",
    "remove_items",
    "remove_reviewers",
    "reopen_round",
    "resolve_item",
    "reviewer_items",
    "round_view",
    "signoff_trail",
    "undo_resolution",
    "you_said_we_did",
]
