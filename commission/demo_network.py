"""A network of 20 generated commissions (`commission demo --scale network`), for the network view and its bench.

Deterministic and varied: small and large, at different stages (still listening, pledges just made, one
year on, three years on) and some Welsh-first. Each is demo.generate_frames with its own sizes and seed,
its dates moved so that it stands at its stage on NETWORK_AS_OF; nothing dated after that day is kept.
Synthetic data: nobody in it is real.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from commission.demo import _START, generate_frames

NETWORK_AS_OF = date(2026, 11, 22)

# Where each stage's day 0 (the first listening session) lies before the as-of date, in days. The generator
# makes pledges between day 120 and day 600.
STAGE_START = {"listening": 150, "pledged": 610, "one year on": 600 + 365, "three years on": 600 + 3 * 365}

PLACES = (
    ("Aberdyfed", "cy"),
    ("Bryn Glas", "en"),
    ("Caerwen", "cy"),
    ("Dinas Fach", "en"),
    ("Eastbridge", "en"),
    ("Ffynnon Las", "cy"),
    ("Glanrafon", "en"),
    ("Harbourside", "en"),
    ("Llanfedw", "cy"),
    ("Maesteg Uchaf", "en"),
    ("Northfield", "en"),
    ("Pen-y-Cae", "cy"),
    ("Queensferry Road", "en"),
    ("Rhosddu", "en"),
    ("Southmoor", "en"),
    ("Tregarth", "cy"),
    ("Upper Valley", "en"),
    ("Westhaven", "en"),
    ("Ynys Wen", "cy"),
    ("Zion Hill", "en"),
)
STAGES = ("listening", "pledged", "one year on", "three years on")


@dataclass(frozen=True)
class Plan:
    name: str
    language: str
    stage: str
    commitments: int
    seed: int

    @property
    def sizes(self) -> dict[str, int]:
        """Everything in proportion to the commitments: a big commission has more of each."""
        c = max(self.commitments, 20)
        return dict(
            commitments=self.commitments,  # a listening commission's are taken out again (network_frames)
            updates=0 if self.stage in ("listening", "pledged") else self.commitments * 14,
            members=max(12, min(60, c // 8)),
            organisations=max(4, min(20, c // 25)),
            sessions=max(8, min(60, c // 8)),
            themes=max(4, min(12, c // 40)),
            insights=max(12, min(200, c // 3)),
            quotes=max(30, min(1000, c)),
            actions=max(6, min(300, c // 2)),
        )


def network_plans() -> list[Plan]:
    sizes = (40, 600, 25, 180, 90, 320, 60, 1200, 30, 140, 75, 450, 20, 110, 260, 50, 800, 35, 150, 70)
    return [
        Plan(
            name=(f"Comisiwn Gwirionedd Tlodi {place}" if lang == "cy" else f"{place} Poverty Truth Commission"),
            language=lang,
            stage=STAGES[i % 4],
            commitments=n,
            seed=100 + i,
        )
        for i, ((place, lang), n) in enumerate(zip(PLACES, sizes, strict=True))
    ]


def network_frames(plan: Plan, as_of: date = NETWORK_AS_OF) -> dict[str, pd.DataFrame]:
    frames = generate_frames(seed=plan.seed, **plan.sizes)
    start = as_of - timedelta(days=STAGE_START[plan.stage])
    shift = np.timedelta64((np.datetime64(start, "D") - _START).astype(int), "D")

    def move(series: pd.Series) -> pd.Series:
        filled = series != ""
        moved = series.copy()
        if filled.any():
            moved[filled] = (pd.to_datetime(series[filled]).values.astype("datetime64[D]") + shift).astype(str)
        return moved

    commission = frames["Commission"].copy()
    values = dict(zip(commission["key"], commission["value"], strict=True))
    values.update(
        name=plan.name,
        area=plan.name.replace(" Poverty Truth Commission", "").replace("Comisiwn Gwirionedd Tlodi ", ""),
        language=plan.language,
        start_date=start.isoformat(),
        end_date=(start + timedelta(days=3 * 365)).isoformat(),
        description=f"A generated commission ({plan.stage}) for trying the network view. Nobody in it is real.",
    )
    frames["Commission"] = pd.DataFrame({"key": list(values), "value": [str(v) for v in values.values()]})
    for sheet, columns in (
        ("Members", ("consent_named_expires", "consent_quote_expires")),
        ("Sessions", ("date",)),
        ("Commitments", ("made_on", "due")),
        ("Updates", ("date",)),
        ("Milestones", ("due", "done_on")),
    ):
        frame = frames[sheet].copy()
        for column in columns:
            frame[column] = move(frame[column])
        frames[sheet] = frame
    updates = frames["Updates"]
    frames["Updates"] = updates[updates["date"] <= as_of.isoformat()].reset_index(drop=True)
    milestones = frames["Milestones"].copy()
    milestones.loc[milestones["done_on"] > as_of.isoformat(), "done_on"] = ""  # not done yet on the day
    frames["Milestones"] = milestones
    if plan.stage == "listening":  # no actions agreed yet, so nothing pledged
        for sheet in ("Actions", "Commitments", "Updates", "Milestones"):
            frames[sheet] = frames[sheet].iloc[0:0]
    return frames
