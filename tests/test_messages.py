"""The core's messages: Chinese as text, with their template and values kept for the screen.

No Qt here: the translation is a plain function, as ``gui.core_text`` passes Qt's.
"""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from xianghua_console.domain.enums import DutySlot, IncidentStatus, Role
from xianghua_console.domain.messages import Message, as_message, joined, msg, render, term
from xianghua_console.domain.permissions import Action, refusal
from xianghua_console.domain.settings import SettingsError
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.store.db import DatabaseError

ENGLISH = {
    "单位“{name}”已归档。": "Unit “{name}” is archived.",
    "{day:%m月%d日}{slot}缺人": "{slot} short on {day:%m-%d}",
    "；": "; ",
    "、": ", ",
    "事件已处于“{status}”": "The incident is “{status}”",
}


def english(template: str) -> str:
    return ENGLISH.get(template, template)


def english_label(member: object) -> str:
    return f"<{member.value}>"  # type: ignore[attr-defined]


def test_a_message_is_its_chinese_text_with_template_and_values():
    m = msg("单位“{name}”已归档。", name="东岗村")
    assert m == "单位“东岗村”已归档。" and isinstance(m, str)
    assert m.template == "单位“{name}”已归档。" and m.params == {"name": "东岗村"}
    assert f"{m}" == str(m) == "单位“东岗村”已归档。"
    assert "东岗村" in m and m + "！" == "单位“东岗村”已归档。！"


def test_values_are_shown_in_chinese_and_rendered_in_the_screens_language():
    m = msg("{day:%m月%d日}{slot}缺人", day=date(2027, 3, 5), slot=DutySlot.STANDBY)
    assert str(m) == "03月05日备勤人员缺人"  # a domain term as its label, a date by its spec
    assert m.render(english, english_label) == "<standby> short on 03-05"


def test_nested_messages_and_lists_translate_in_turn():
    inner = msg("事件已处于“{status}”", status=IncidentStatus.VERIFIED)
    both = joined([inner, msg("单位“{name}”已归档。", name="东岗村")])
    assert str(both) == "事件已处于“已核实”；单位“东岗村”已归档。"
    assert render(both, english, english_label) == (
        "The incident is “<verified>”; Unit “东岗村” is archived."
    )
    roles = joined([Role.DUTY_OFFICER, Role.DIRECTOR], "、")
    assert str(roles) == "值班员、办公室主任"
    assert render(roles, english, english_label) == "<duty_officer>, <director>"
    with pytest.raises(ValueError):
        joined(["a", "b"], "/")


def test_a_term_alone_needs_no_translation_of_its_own():
    t = term(IncidentStatus.CLOSED)
    assert t == "已结案"
    assert render(t, english, english_label) == "<closed>"


def test_a_translation_that_does_not_fit_falls_back_to_the_chinese():
    m = msg("单位“{name}”已归档。", name="东岗村")
    assert m.render(lambda t: "Unit {nom} archived", english_label) == "单位“东岗村”已归档。"
    assert m.render(lambda t: t, english_label) == str(m)  # no translation: the Chinese


def test_a_template_without_values_is_shown_as_written():
    assert msg("用 {{x}} 不会被填") == "用 {{x}} 不会被填"
    assert as_message("备份文件就是当前数据库本身。").template == "备份文件就是当前数据库本身。"
    plain = msg("无")
    assert as_message(plain) is plain


def test_messages_survive_pickling_and_copying():
    m = msg("单位“{name}”已归档。", name="东岗村")
    for again in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert again == m and isinstance(again, Message)
        assert again.template == m.template and again.params == m.params
    j = joined([m, "x"])
    assert pickle.loads(pickle.dumps(j)).render(english, english_label) == (
        "Unit “东岗村” is archived.; x"
    )


def test_refusals_keep_their_chinese_text_and_expose_the_message():
    exc = Refused("单位“{name}”已归档。", name="东岗村")
    assert str(exc) == "单位“东岗村”已归档。" and exc.args == ("单位“东岗村”已归档。",)
    assert exc.message.template == "单位“{name}”已归档。"
    ready = msg("单位“{name}”已归档。", name="西岭村")
    assert Refused(ready).message is ready
    plain = Refused("找不到这起事件，可能已被删除。")
    assert plain.message.template == str(plain) and plain.message.params == {}
    db = DatabaseError("数据库文件不存在：{path}", path="/x.sqlite")
    assert str(db) == "数据库文件不存在：/x.sqlite" and db.message.params == {"path": "/x.sqlite"}
    settings = SettingsError("设置项 {name} 的值不合要求：{value!r}", name="language", value=1)
    assert str(settings) == "设置项 language 的值不合要求：1"


def test_field_errors_join_into_one_message():
    exc = InvalidInput({"at": msg("{what}不能晚于现在", what=msg("接收时间")), "to": "请写明"})
    assert str(exc) == "接收时间不能晚于现在；请写明"
    assert exc.errors["at"].template == "{what}不能晚于现在"
    assert exc.message.render(lambda t: {"{what}不能晚于现在": "{what} is in the future",
                                         "接收时间": "Acceptance", "；": "; "}.get(t, t),
                              english_label) == "Acceptance is in the future; 请写明"


def test_a_permission_refusal_names_the_roles_as_values(db, clock):
    from xianghua_console.services.incident_log import NewIncident, log_incident

    reader = Ctx(db, clock, actor="查看员", role=Role.READ_ONLY)
    with pytest.raises(Refused) as caught:
        log_incident(reader, data=NewIncident(None, None, None, ""))
    message = caught.value.message
    assert message == refusal(Role.READ_ONLY, Action.LOG_INCIDENT, actor="查看员")
    assert message.template == "“{action}”需要{roles}权限，{who}不能操作。"
    assert message.params["action"] is Action.LOG_INCIDENT
    assert str(caught.value) == "“登记事件”需要值班员或办公室主任权限，当前账号（查看员，只读）不能操作。"


def test_messages_of_times_are_formatted_from_local_times():
    from xianghua_console.domain.clock import local_datetime, to_local

    m = msg("{at:%H:%M} 接收", at=to_local(local_datetime(date(2027, 3, 5), 14, 32)))
    assert m == "14:32 接收"
