"""Table models: QAbstractTableModel subclasses with COL_* constants, tested without widgets."""

from commission.ui.models.base import (
    ColourRole,
    IdRole,
    ProgressRole,
    RecordRole,
    RowsModel,
    SortRole,
    StateRole,
)
from commission.ui.models.commitments import (
    ActionsModel,
    CommitmentFilterModel,
    CommitmentsModel,
    OverdueModel,
)
from commission.ui.models.people import MembersModel, OrganisationsModel
from commission.ui.models.sessions import (
    AttendanceModel,
    InsightsModel,
    ProblemsModel,
    QuotesModel,
    SessionsModel,
)

__all__ = [
    "ActionsModel",
    "AttendanceModel",
    "ColourRole",
    "CommitmentFilterModel",
    "CommitmentsModel",
    "IdRole",
    "InsightsModel",
    "MembersModel",
    "OrganisationsModel",
    "OverdueModel",
    "ProblemsModel",
    "ProgressRole",
    "QuotesModel",
    "RecordRole",
    "RowsModel",
    "SessionsModel",
    "SortRole",
    "StateRole",
]
