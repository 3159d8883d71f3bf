"""the police station's standby squad per shift: its phone apart from who to call

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:50:00.000000

New column ``duty_shift.police_squad_phone``. Until now a shift named the squad in one line of
free text (``police_squad_contact``, e.g. "派出所应急分队24小时待命（所长张三 13900000000）");
the upgrade moves the last phone number it finds in that line into the new column and leaves
the rest ("派出所应急分队24小时待命（所长张三）"). A line without a number stays as it was, with
an empty phone. The downgrade puts the phone back at the end of the line.

The column is added with a server default so the existing rows get ``''``; on SQLite batch
mode adds it in place (``ALTER TABLE … ADD COLUMN``), nothing is rebuilt.
"""

import re

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# A mobile (11 digits from 1), or a landline with or without its area code, with the words that
# often introduce it. Written out here (not imported) so the migration never changes meaning.
_PHONE = re.compile(
    r"(?:(?:联系)?电话|手机|值班电话|Tel)?[:：]?\s*"
    r"(?P<phone>(?<![\d-])(?:1\d{10}|(?:0\d{2,3}-?)?\d{7,8})(?![\d-]))"
)

_shift = sa.table(
    'duty_shift',
    sa.column('id', sa.Integer()),
    sa.column('police_squad_contact', sa.String(80)),
    sa.column('police_squad_phone', sa.String(40)),
)


def split_phone(text: str) -> tuple[str, str]:
    """``(the line without its last phone number, that number)``; ``(text, '')`` if none."""
    found = list(_PHONE.finditer(text or ''))
    if not found:
        return text or '', ''
    m = found[-1]
    rest = text[: m.start()] + text[m.end():]
    rest = re.sub(r"[（(]\s*[）)]", "", rest)  # "（ 13900000000）" leaves empty brackets
    rest = re.sub(r"\s+([）)，,；;。])", r"\1", rest)
    rest = re.sub(r"([（(])\s+", r"\1", rest)
    rest = re.sub(r"\s{2,}", " ", rest).strip(" ,，;；:：")
    return rest, m.group('phone')


def upgrade() -> None:
    with op.batch_alter_table('duty_shift', schema=None) as batch_op:
        batch_op.add_column(sa.Column('police_squad_phone', sa.String(length=40), nullable=False,
                                      server_default=''))
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(_shift.c.id, _shift.c.police_squad_contact)
        .where(_shift.c.police_squad_contact != '')
    ).all()
    for shift_id, contact in rows:
        rest, phone = split_phone(contact)
        if phone:
            conn.execute(
                _shift.update()
                .where(_shift.c.id == shift_id)
                .values(police_squad_contact=rest, police_squad_phone=phone)
            )


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(_shift.c.id, _shift.c.police_squad_contact, _shift.c.police_squad_phone)
        .where(_shift.c.police_squad_phone != '')
    ).all()
    for shift_id, contact, phone in rows:
        joined = f"{contact} {phone}".strip()[:80]
        conn.execute(
            _shift.update().where(_shift.c.id == shift_id).values(police_squad_contact=joined)
        )
    # Dropping a column rebuilds the table on SQLite: run a downgrade with PRAGMA foreign_keys=OFF.
    with op.batch_alter_table('duty_shift', schema=None) as batch_op:
        batch_op.drop_column('police_squad_phone')
