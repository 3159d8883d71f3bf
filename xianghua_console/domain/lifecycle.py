"""The incident lifecycle: which step may follow which, and why a step is refused."""

from __future__ import annotations

from enum import StrEnum

from xianghua_console.domain.enums import IncidentStatus, TimelineKind
from xianghua_console.domain.messages import Message, msg


class Step(StrEnum):
    """An action of the office on an incident that moves it along its lifecycle."""

    VERIFY = "verify"
    LAUNCH = "launch"
    ONSCENE = "onscene"
    CONTROLLED = "controlled"
    END = "end"
    SPECIAL_REPORT = "special_report"
    CLOSE = "close"

    @property
    def label(self) -> str:
        return {
            "verify": "核实",
            "launch": "启动预案",
            "onscene": "成立现场指挥部",
            "controlled": "得到控制",
            "end": "宣布应急结束",
            "special_report": "收到专题报告",
            "close": "结案",
        }[self.value]


# step → (status it needs, status it leads to, the timeline entry it writes)
TRANSITIONS: dict[Step, tuple[IncidentStatus, IncidentStatus, TimelineKind]] = {
    Step.VERIFY: (IncidentStatus.REPORTED, IncidentStatus.VERIFIED, TimelineKind.VERIFIED),
    Step.LAUNCH: (IncidentStatus.VERIFIED, IncidentStatus.LAUNCHED, TimelineKind.LAUNCHED),
    Step.ONSCENE: (IncidentStatus.LAUNCHED, IncidentStatus.ONSCENE, TimelineKind.ONSCENE),
    Step.CONTROLLED: (IncidentStatus.ONSCENE, IncidentStatus.CONTROLLED, TimelineKind.CONTROLLED),
    Step.END: (IncidentStatus.CONTROLLED, IncidentStatus.ENDED, TimelineKind.ENDED),
    Step.SPECIAL_REPORT: (
        IncidentStatus.ENDED,
        IncidentStatus.SPECIAL_REPORT,
        TimelineKind.SPECIAL_REPORT,
    ),
    Step.CLOSE: (IncidentStatus.SPECIAL_REPORT, IncidentStatus.CLOSED, TimelineKind.CLOSED),
}

# The five parts of the written special report (四、4).
SPECIAL_REPORT_PARTS: tuple[tuple[str, str], ...] = (
    ("facts", msg("事件基本情况")),
    ("handling", msg("处置情况")),
    ("causes", msg("原因分析")),
    ("aftermath", msg("善后处置情况")),
    ("prevention", msg("拟采取的防范措施")),
)


def refusal(step: Step, status: IncidentStatus) -> Message | None:
    """Why ``step`` cannot be taken from ``status``, or None when it can."""
    needed, _, _ = TRANSITIONS[step]
    if status is needed:
        return None
    if status is IncidentStatus.CLOSED:
        return msg("事件已结案，不能再{step}。", step=step)
    if status.order > needed.order:
        return msg("事件已处于“{status}”，“{step}”这一步已经过去了。", status=status, step=step)
    return msg("事件当前为“{status}”，须先到“{needed}”才能{step}。", status=status, needed=needed,
               step=step)


def next_steps(status: IncidentStatus) -> list[Step]:
    """The steps that may be taken from ``status`` (at most one, in the plan's order)."""
    return [s for s, (needed, _, _) in TRANSITIONS.items() if needed is status]
