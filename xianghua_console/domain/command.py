"""Who commands an incident (二、3 of the plan), and what a body without a head means.

An ordinary incident is handled by its on-scene command; a heavier one is guided and
coordinated by its sub-command; a serious one is commanded directly by the General HQ. Pure
rules: the services look the bodies up and hand their names in.
"""

from __future__ import annotations

from enum import StrEnum

from xianghua_console.domain.enums import Weight
from xianghua_console.domain.messages import Message, msg


class CommandLevel(StrEnum):
    """Which body is in command of an incident, by its weight."""

    ONSCENE = "onscene"
    SUBCOMMAND = "subcommand"
    HQ = "hq"

    @property
    def label(self) -> str:
        return {
            "onscene": "现场指挥部负责处置",
            "subcommand": "分指挥部指导协调",
            "hq": "总指挥部统一指挥、直接处置",
        }[self.value]


COMMAND_OF_WEIGHT: dict[Weight, CommandLevel] = {
    Weight.ORDINARY: CommandLevel.ONSCENE,
    Weight.HEAVIER: CommandLevel.SUBCOMMAND,
    Weight.SERIOUS: CommandLevel.HQ,
}


def command_for(weight: Weight) -> CommandLevel:
    """The body in command of an incident of ``weight``."""
    return COMMAND_OF_WEIGHT[weight]


def command_text(weight: Weight, *, subcommand: str = "", hq: str = "总指挥部") -> Message:
    """One line for the duty officer: ``较重：由国土分指指导协调``."""
    level = command_for(weight)
    if level is CommandLevel.ONSCENE:
        return msg("{weight}：由现场指挥部负责处置", weight=weight)
    if level is CommandLevel.SUBCOMMAND:
        if not subcommand:
            return msg("{weight}：由分指挥部指导协调", weight=weight)
        return msg("{weight}：由{body}指导协调", weight=weight, body=subcommand)
    return msg("{weight}：由{body}统一指挥、直接处置", weight=weight, body=hq)


def reroute_text(old: Weight, new: Weight, *, subcommand: str = "", hq: str = "总指挥部") -> str:
    """What a change of weight does to the command, for the timeline."""
    before, after = command_for(old), command_for(new)
    text = f"事件程度由“{old.label}”调整为“{new.label}”"
    if before is after:
        return text + f"，指挥不变（{command_text(new, subcommand=subcommand, hq=hq)}）"
    return text + f"，改为{command_text(new, subcommand=subcommand, hq=hq).split('：', 1)[1]}"


def head_missing_warning(body_name: str, head_post: str) -> Message:
    """The warning shown before a body with no head named yet is chosen."""
    post = msg("（按预案由{post}担任）", post=head_post) if head_post else ""
    return msg(
        "“{body}”还没有指定负责人{post}。可以先分派，"
        "但请尽快在“目录 → 指挥机构”中指定，以便联系。", body=body_name, post=post,
    )
