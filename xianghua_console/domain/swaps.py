"""Swaps (调班): the person asks, the colleague agrees, the office director approves.

Which step may follow which, and why a step is refused, in words the office can act on.
"""

from __future__ import annotations

from enum import StrEnum

from xianghua_console.domain.enums import SwapStatus
from xianghua_console.domain.messages import Message, msg


class SwapStep(StrEnum):
    AGREE = "agree"
    APPROVE = "approve"
    DECLINE = "decline"
    WITHDRAW = "withdraw"

    @property
    def label(self) -> str:
        return {
            "agree": "同事同意",
            "approve": "主任批准",
            "decline": "不同意",
            "withdraw": "撤回申请",
        }[self.value]


# step → (statuses it may be taken from, status it leads to)
SWAP_TRANSITIONS: dict[SwapStep, tuple[frozenset[SwapStatus], SwapStatus]] = {
    SwapStep.AGREE: (frozenset({SwapStatus.REQUESTED}), SwapStatus.AGREED),
    SwapStep.APPROVE: (frozenset({SwapStatus.AGREED}), SwapStatus.APPROVED),
    SwapStep.DECLINE: (frozenset({SwapStatus.REQUESTED, SwapStatus.AGREED}), SwapStatus.DECLINED),
    SwapStep.WITHDRAW: (
        frozenset({SwapStatus.REQUESTED, SwapStatus.AGREED}),
        SwapStatus.WITHDRAWN,
    ),
}


def swap_refusal(step: SwapStep, status: SwapStatus) -> Message | None:
    """Why ``step`` cannot be taken on a swap in ``status``, or None when it can."""
    allowed, _ = SWAP_TRANSITIONS[step]
    if status in allowed:
        return None
    if status is SwapStatus.APPROVED:
        return msg("这次调班已经批准，排班表已按调班结果调整；如需改回，请另提一次调班申请。")
    if status is SwapStatus.DECLINED:
        return msg("这次调班申请已经未获同意，不能再{step}；如仍需调班，请重新申请。", step=step)
    if status is SwapStatus.WITHDRAWN:
        return msg("这次调班申请已经撤回，不能再{step}；如仍需调班，请重新申请。", step=step)
    if step is SwapStep.APPROVE:  # still REQUESTED
        return msg("调班须先经接班的同事同意，才能由办公室主任批准。")
    if step is SwapStep.AGREE:  # already AGREED
        return msg("同事已经同意过这次调班，正等待办公室主任批准。")
    return msg("调班申请当前为“{status}”，不能{step}。", status=status, step=step)


def next_swap_status(step: SwapStep) -> SwapStatus:
    return SWAP_TRANSITIONS[step][1]
