"""assignment, on-scene command, working groups, notices' recipients, archiving

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 19:52:22.203982

New tables: an incident's working groups and member units, its on-scene command (one row per
composition, with its members). New columns: the incident's assignment (proposed sub-command,
override reason, assigned and accepted with who), when a unit or person was archived and by
whom, a notice's recipients line and when a receipt was recorded.

Columns added to tables that already hold rows carry a server default, so the existing rows
get ``''`` and the upgrade keeps every row. The incident's new foreign key is added with the
column itself (``ALTER TABLE … ADD COLUMN … REFERENCES``), so SQLite never has to rebuild the
incident table, which the timeline and daily reports point at.
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('incident_member_unit',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_member_unit_incident_id_incident'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_incident_member_unit_unit_id_unit')),
    sa.PrimaryKeyConstraint('incident_id', 'unit_id', name=op.f('pk_incident_member_unit'))
    )
    op.create_table('incident_working_group',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['command_body.id'], name=op.f('fk_incident_working_group_body_id_command_body')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_working_group_incident_id_incident'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'body_id', name=op.f('pk_incident_working_group'))
    )
    op.create_table('onscene_command',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('commander_id', sa.Integer(), nullable=False),
    sa.Column('deputy_id', sa.Integer(), nullable=True),
    sa.Column('set_up_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['commander_id'], ['staff.id'], name=op.f('fk_onscene_command_commander_id_staff')),
    sa.ForeignKeyConstraint(['deputy_id'], ['staff.id'], name=op.f('fk_onscene_command_deputy_id_staff')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_onscene_command_incident_id_incident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onscene_command')),
    sa.UniqueConstraint('incident_id', 'seq', name=op.f('uq_onscene_command_incident_id_seq'))
    )
    op.create_table('onscene_member',
    sa.Column('command_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['command_id'], ['onscene_command.id'], name=op.f('fk_onscene_member_command_id_onscene_command'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_onscene_member_staff_id_staff')),
    sa.PrimaryKeyConstraint('command_id', 'staff_id', name=op.f('pk_onscene_member'))
    )
    _add_proposed_subcommand()
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('override_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('assigned_by', sa.String(length=40), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('accepted_by', sa.String(length=40), nullable=False, server_default=''))

    with op.batch_alter_table('notice_receipt', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('archived_by', sa.String(length=40), nullable=False, server_default=''))

    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('archived_by', sa.String(length=40), nullable=False, server_default=''))

    with op.batch_alter_table('warning_notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recipients', sa.Text(), nullable=False, server_default=''))


def _add_proposed_subcommand() -> None:
    """incident.proposed_subcommand_id with its foreign key, without rebuilding the table.

    Batch mode would rebuild ``incident`` to add a constraint, and with SQLite's foreign keys
    on (every connection of the console) dropping the old table fails while timeline entries
    point at it. SQLite can add a column together with its REFERENCES clause in place.
    """
    name = 'fk_incident_proposed_subcommand_id_command_body'
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            'ALTER TABLE incident ADD COLUMN proposed_subcommand_id INTEGER '
            f'CONSTRAINT {name} REFERENCES command_body (id)'
        )
        return
    op.add_column('incident', sa.Column('proposed_subcommand_id', sa.Integer(), nullable=True))
    op.create_foreign_key(name, 'incident', 'command_body', ['proposed_subcommand_id'], ['id'])


def downgrade() -> None:
    # Dropping columns rebuilds tables on SQLite: run a downgrade with PRAGMA foreign_keys=OFF.
    with op.batch_alter_table('warning_notice', schema=None) as batch_op:
        batch_op.drop_column('recipients')

    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_column('archived_by')
        batch_op.drop_column('archived_at')

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('archived_by')
        batch_op.drop_column('archived_at')

    with op.batch_alter_table('notice_receipt', schema=None) as batch_op:
        batch_op.drop_column('recorded_at')

    with op.batch_alter_table('incident', schema=None) as batch_op:
        if op.get_bind().dialect.name != 'sqlite':  # SQLite: the rebuild drops it with the column
            batch_op.drop_constraint('fk_incident_proposed_subcommand_id_command_body', type_='foreignkey')
        batch_op.drop_column('accepted_by')
        batch_op.drop_column('accepted_at')
        batch_op.drop_column('assigned_by')
        batch_op.drop_column('assigned_at')
        batch_op.drop_column('override_reason')
        batch_op.drop_column('proposed_subcommand_id')

    op.drop_table('onscene_member')
    op.drop_table('onscene_command')
    op.drop_table('incident_working_group')
    op.drop_table('incident_member_unit')
