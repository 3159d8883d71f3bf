<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/about.py" line="17" />
            <source>版本 {v}</source>
            <translation>Version {v}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/about.py" line="20" />
            <source>数据库：{db}</source>
            <translation>Database: {db}</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="9" />
            <source>关于香花镇信访稳定值班台</source>
            <translation>About the Xianghua Petition Duty Console</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="15" />
            <source>&lt;h2&gt;香花镇信访稳定值班台&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Xianghua Town Petition &amp;amp; Stability Duty Console&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="21" />
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="26" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="36" />
            <source>依据：香发【2013】13号《关于做好全国两会期间信访稳定工作的应急预案》。各项时限均为默认值，可在设置中修改。</source>
            <translation>Based on Xiangfa [2013] No. 13, “Emergency plan for petition and stability work during the National People's Congress sessions”. All deadlines are defaults and can be changed in Settings.</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="44" />
            <source>信访是群众反映诉求的合法渠道。本程序记录事件、本办的处置行动和时限，使诉求得到答复、工作有据可查；不建立针对信访人的名单，不做人员盯控、行踪跟踪或拦截调度。</source>
            <translation>Petitioning is a lawful channel for citizens to raise their concerns. This program records incidents, the office's actions and deadlines, so that concerns get an answer and the work is documented. It keeps no lists of petitioners and does no surveillance, tracking or interception of people.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../xianghua_console/gui/i18n.py" line="39" />
            <source>香花镇信访稳定值班台</source>
            <translation>Xianghua Petition Duty Console</translation>
        </message>
    </context>
    <context>
        <name>AssignmentDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="569" />
            <source>已记录接收。</source>
            <translation>Acceptance recorded.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="605" />
            <source>工作组和成员单位已保存。</source>
            <translation>Working groups and member units saved.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="618" />
            <source>已记录处置指示。</source>
            <translation>Instruction recorded.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="632" />
            <source>已记录派出工作组。</source>
            <translation>Working group dispatch recorded.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="65" />
            <source>{name}（⚠ 未指定负责人）</source>
            <translation>{name} (⚠ no head assigned)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="77" />
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="137" />
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="428" />
            <source>分派</source>
            <translation>Assign</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="80" />
            <source>正在读取事件……</source>
            <translation>Loading incident…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="97" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="117" />
            <source>分派分指挥部</source>
            <translation>Assign to sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="123" />
            <source>分指挥部</source>
            <translation>Sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="124" />
            <source>请选择分指挥部</source>
            <translation>Choose a sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="134" />
            <source>改派原因</source>
            <translation>Reason for reassignment</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="135" />
            <source>改派原因：</source>
            <translation>Reason for reassignment:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="145" />
            <source>分指挥部：</source>
            <translation>Sub-command: </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="155" />
            <source>分指挥部接收</source>
            <translation>Sub-command acceptance</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="164" />
            <source>分指挥部接收人</source>
            <translation>Accepted by (sub-command)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="167" />
            <source>记录接收</source>
            <translation>Record acceptance</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="172" />
            <source>接收人：</source>
            <translation>Accepted by:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="177" />
            <source>接收时间：</source>
            <translation>Accepted at:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="181" />
            <source>事件程度与指挥</source>
            <translation>Severity and command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="193" />
            <source>如：人数增加、情绪激动</source>
            <translation>e.g. more people, tempers rising</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="194" />
            <source>调整程度</source>
            <translation>Change severity</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="203" />
            <source>程度：</source>
            <translation>Severity:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="209" />
            <source>调整原因：</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="213" />
            <source>工作组和成员单位</source>
            <translation>Working groups and member units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="220" />
            <source>筛选单位：输入名称</source>
            <translation>Filter units: type a name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="221" />
            <source>筛选成员单位</source>
            <translation>Filter member units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="226" />
            <source>成员单位</source>
            <translation>Member units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="228" />
            <source>保存工作组和成员单位</source>
            <translation>Save working groups and member units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="240" />
            <source>总指挥部处置</source>
            <translation>HQ actions</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="245" />
            <source>处置指示的内容</source>
            <translation>Content of the instruction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="247" />
            <source>记录处置指示</source>
            <translation>Record instruction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="254" />
            <source>工作组成员</source>
            <translation>Working group members</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="257" />
            <source>督导任务</source>
            <translation>Supervision task</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="258" />
            <source>记录派出工作组</source>
            <translation>Record working group dispatch</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="262" />
            <source>指示对象：</source>
            <translation>Instruction to:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="266" />
            <source>处置指示：</source>
            <translation>Instruction:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="267" />
            <source>工作组带队：</source>
            <translation>Group leader:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="272" />
            <source>成员、任务：</source>
            <translation>Members, task:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="276" />
            <source>分派与处置记录（时间线）</source>
            <translation>Assignments and actions (timeline)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="64" />
            <source>{name}（负责人：{head}）</source>
            <translation>{name} (head: {head})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="390" />
            <source>还没有分派或处置记录。</source>
            <translation>No assignments or actions recorded yet.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="422" />
            <source>选择了类别对应以外的分指挥部，须写明原因</source>
            <translation>A sub-command other than the category's was chosen: give a reason</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="422" />
            <source>按类别对应分派，无需原因</source>
            <translation>Assigned as the category suggests: no reason needed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="429" />
            <source>尚未分派（上面是类别建议）。</source>
            <translation>Not assigned yet (the suggestion above follows the category).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="432" />
            <source>改派</source>
            <translation>Reassign</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="485" />
            <source>分派后开始计算接收时限。</source>
            <translation>The acceptance deadline starts when assigned.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="489" />
            <source>（超时接收）</source>
            <translation>(accepted late)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="489" />
            <source>（按时）</source>
            <translation>(on time)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="499" />
            <source>接收时限 {due}　{left}</source>
            <translation>Accept by {due} · {left}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="549" />
            <source>已分派给{name}。</source>
            <translation>Assigned to {name}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="584" />
            <source>事件程度已调整为“{w}”。</source>
            <translation>Severity changed to “{w}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="301" />
            <source>分派 — {number}</source>
            <translation>Assign — {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="459" />
            <source>较重的事件由分指挥部指导协调，请先分派分指挥部。</source>
            <translation>A heavier incident is coordinated by a sub-command: assign one first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="546" />
            <source>请选择一个分指挥部</source>
            <translation>Choose a sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="565" />
            <source>看不懂这个时间：请写成 09:35 或 03-05 09:35</source>
            <translation>Cannot read this time: write it as 09:35 or 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="635" />
            <source>请选择带队的人员</source>
            <translation>Choose the group leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="310" />
            <source>类别“{cat}”对应：{body}</source>
            <translation>Category “{cat}” goes to: {body}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="313" />
            <source>类别“{cat}”没有对应的分指挥部，请选择。</source>
            <translation>Category “{cat}” has no sub-command: please choose one.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="434" />
            <source>已分派给{sub}：{at}（{by}）</source>
            <translation>Assigned to {sub}: {at} ({by})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="447" />
            <source>指挥：&lt;b&gt;{line}&lt;/b&gt;</source>
            <translation>Command: &lt;b&gt;{line}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="450" />
            <source>现为 {now}&lt;br&gt;调整后：&lt;b&gt;{then}&lt;/b&gt;</source>
            <translation>Now {now}&lt;br&gt;After the change: &lt;b&gt;{then}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="491" />
            <source>已接收：{at}　接收人 {by}{late}</source>
            <translation>Accepted: {at} · by {by}{late}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="500" />
            <source>剩余 </source>
            <translation>left </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="304" />
            <source>（未分类）</source>
            <translation>(uncategorised)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="314" />
            <source>未分类</source>
            <translation>Uncategorised</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="86" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="87" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="173" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="207" />
            <source>操作人</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="88" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="179" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="208" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="89" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="176" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="207" />
            <source>对象</source>
            <translation>Record type</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="90" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="183" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="208" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="91" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="163" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="184" />
            <source>记录编号</source>
            <translation>Record no.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="187" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="189" />
            <source>起始日期</source>
            <translation>From date</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="190" />
            <source>到</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="192" />
            <source>截止日期</source>
            <translation>To date</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="199" />
            <source>查询</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="203" />
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="233" />
            <source>审计记录</source>
            <translation>Audit entries</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="252" />
            <source>改动前后</source>
            <translation>Before and after</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="271" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="315" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="198" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="346" />
            <source>正在读取……</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="433" />
            <source>导出审计日志</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="434" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="452" />
            <source>正在导出……</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="254" />
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="254" />
            <source>改动前</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="254" />
            <source>改动后</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="339" />
            <source>起始日期不能晚于截止日期。</source>
            <translation>The from date cannot be after the to date.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="360" />
            <source>共 {n} 条，新的在前</source>
            <translation>{n} entries, newest first</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="432" />
            <source>审计日志-{day}.xlsx</source>
            <translation>audit-log-{day}.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="209" />
            <source>：</source>
            <translation>:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="402" />
            <source>第 {id} 条　{at}　{actor}　{action}　{entity} {eid}</source>
            <translation>Entry {id} · {at} · {actor} · {action} · {entity} {eid}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="460" />
            <source>已导出 {n} 条到 {path}</source>
            <translation>Exported {n} entries to {path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="456" />
            <source>导出失败：</source>
            <translation>Export failed: </translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="194" />
            <source>值班台将关闭，请重新打开并登录。</source>
            <translation>The console will close; open it again and log in.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="78" />
            <source>备份数据库…</source>
            <translation>Back up database…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="80" />
            <source>把数据库复制到一个新文件（在线备份，不必退出）</source>
            <translation>Copy the database to a new file (online backup, no need to quit)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="83" />
            <source>从备份恢复…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="85" />
            <source>先检查备份文件，再用它替换当前数据库（当前数据库先另存一份）</source>
            <translation>Check a backup file, then replace the current database with it (the current one is saved aside first)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="124" />
            <location filename="../../xianghua_console/gui/backup_actions.py" line="133" />
            <source>备份数据库</source>
            <translation>Back up database</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="125" />
            <source>SQLite 数据库 (*.sqlite)</source>
            <translation>SQLite databases (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="148" />
            <source>选择要恢复的备份文件</source>
            <translation>Choose the backup file to restore</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="149" />
            <source>数据库备份 (*.sqlite *.bak);;所有文件 (*)</source>
            <translation>Database backups (*.sqlite *.bak);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="155" />
            <location filename="../../xianghua_console/gui/backup_actions.py" line="184" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="162" />
            <source>先检查备份文件，当前数据库另存一份后再替换；替换开始后不能取消。备份之后登记的内容将不在恢复后的数据库中。恢复完成后值班台会关闭，请重新打开。</source>
            <translation>The backup file is checked first and the current database is saved aside before it is replaced; once replacing starts it cannot be cancelled. Anything recorded after the backup will not be in the restored database. The console closes when the restore is done; open it again.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="165" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="166" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="197" />
            <source>已从备份恢复</source>
            <translation>Restored from backup</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="123" />
            <source>手动备份-{stamp}.sqlite</source>
            <translation>manual-backup-{stamp}.sqlite</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="140" />
            <source>已备份到 {p}</source>
            <translation>Backed up to {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="191" />
            <source>已从 {f} 恢复数据库。</source>
            <translation>Database restored from {f}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="210" />
            <source>上一项备份或恢复还没有完成，请稍候。</source>
            <translation>The previous backup or restore has not finished yet; please wait.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="156" />
            <source>用“{f}”替换当前数据库？</source>
            <translation>Replace the current database with “{f}”?</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="193" />
            <source>原数据库另存为 {p}。</source>
            <translation>The old database was saved as {p}.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../xianghua_console/gui/widgets.py" line="40" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/widgets.py" line="41" />
            <source>不再显示这条消息</source>
            <translation>Don't show this message again</translation>
        </message>
    </context>
    <context>
        <name>BodyModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="125" />
            <source>指挥机构</source>
            <translation>Command bodies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="125" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="125" />
            <source>负责人（预案职务）</source>
            <translation>Head (post in the plan)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="126" />
            <source>负责人</source>
            <translation>Head</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="126" />
            <source>副职</source>
            <translation>Deputies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="126" />
            <source>成员单位</source>
            <translation>Member units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="126" />
            <source>驻地</source>
            <translation>Based at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="129" />
            <source>⚠ 未指定</source>
            <translation>⚠ not set</translation>
        </message>
    </context>
    <context>
        <name>CategoryModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="144" />
            <source>事件类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="144" />
            <source>对应分指挥部</source>
            <translation>Sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="147" />
            <source>（不对应，分派时另选）</source>
            <translation>(none: chosen when assigning)</translation>
        </message>
    </context>
    <context>
        <name>ChaseModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="247" />
            <source>待催报</source>
            <translation>To chase</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="254" />
            <source>未指定信息员</source>
            <translation>No information officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="260" />
            <source>单击：在日报表中选中{u}（再按空格即登记平安）</source>
            <translation>Click: select {u} in the daily board (then Space records all clear)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="76" />
            <source>记录已被另一台电脑修改</source>
            <translation>Record changed on another computer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="90" />
            <source>对方修改后的内容</source>
            <translation>Their changed value</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="122" />
            <source>返回（保留我填写的内容）</source>
            <translation>Back (keep what I entered)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="182" />
            <source>读取最新内容，重新应用我的修改</source>
            <translation>Load the latest version and re-apply my changes</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="86" />
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="87" />
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="86" />
            <source>你打开时</source>
            <translation>When you opened it</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="86" />
            <source>现在</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="87" />
            <source>现在的内容</source>
            <translation>Current value</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="117" />
            <source>读取最新内容，再修改</source>
            <translation>Load the latest version and edit again</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="79" />
            <source>对方改了：{what}</source>
            <translation>They changed: {what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="110" />
            <source>对方修改了这一项</source>
            <translation>They changed this item</translation>
        </message>
    </context>
    <context>
        <name>DailyBoardModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="131" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="132" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="133" />
            <source>信息员</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="134" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="135" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="136" />
            <source>报送时间</source>
            <translation>Reported at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="137" />
            <source>接报人</source>
            <translation>Taken by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="138" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="139" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="179" />
            <source>未指定</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="200" />
            <source>紧急·未登记事件</source>
            <translation>Urgent · not logged</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="206" />
            <source>已更正</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="197" />
            <source>平安</source>
            <translation>All clear</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="198" />
            <source>有情况</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="202" />
            <source>紧急·已登记事件</source>
            <translation>Urgent · logged</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="204" />
            <source>已关联事件</source>
            <translation>Linked to incident</translation>
        </message>
    </context>
    <context>
        <name>DailyCorrectionDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="153" />
            <source>报送情况</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="157" />
            <source>情况内容</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="162" />
            <source>报送时间</source>
            <translation>Reported at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="164" />
            <source>更正原因</source>
            <translation>Reason for correction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="165" />
            <source>如：误记为平安，该村实际报告了情况</source>
            <translation>e.g. recorded as all clear by mistake; the village actually reported a situation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="138" />
            <source>更正日报</source>
            <translation>Correct daily report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="138" />
            <source>保存更正</source>
            <translation>Save correction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="145" />
            <source>原记录：{day} {kind}，{t} 报送，接报人 {who}</source>
            <translation>Original record: {day} {kind}, reported at {t}, taken by {who}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="149" />
            <source>更正不会改动原记录：将另记一条，并注明原因。</source>
            <translation>A correction does not change the original record: a new entry is added with the reason.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="158" />
            <source>有情况时必填</source>
            <translation>Required when there is a situation</translation>
        </message>
    </context>
    <context>
        <name>DailyDialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="53" />
            <source>未指定信息员</source>
            <translation>No information officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="287" />
            <source>请问清发生时间，如 09:35</source>
            <translation>Ask when it happened, e.g. 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="56" />
            <source>&lt;b&gt;{unit}&lt;/b&gt;　{kind}　信息员：{officer}</source>
            <translation>&lt;b&gt;{unit}&lt;/b&gt; · {kind} · Information officer: {officer}</translation>
        </message>
    </context>
    <context>
        <name>DailyView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="526" />
            <source>日报</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="266" />
            <source>{m}月{d}日</source>
            <translation>{m}/{d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="277" />
            <source>已关账</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="281" />
            <source>全部已报</source>
            <translation>All reported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="447" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="454" />
            <source>查找单位：名称或拼音首字母，如 dgc</source>
            <translation>Find unit: name or pinyin initials, e.g. dgc</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="457" />
            <source>输入后回车（或↓）选中第一个，再按空格即登记平安；Esc 清除</source>
            <translation>Enter (or ↓) selects the first match, then Space records all clear; Esc clears</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="473" />
            <source>平安（空格）</source>
            <translation>All clear (Space)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="474" />
            <source>选中单位报平安（零报告）：记下现在的时间和接报人</source>
            <translation>The selected unit reports all clear (zero report): records the time now and who took it</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="478" />
            <source>有情况…（回车）</source>
            <translation>Situation… (Enter)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="479" />
            <source>选中单位报来情况：填写内容；紧急的同时登记事件</source>
            <translation>The selected unit reports a situation: enter it; an urgent one is also logged as an incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="482" />
            <source>更正…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="483" />
            <source>更正选中单位的日报（另记一条，写明原因）</source>
            <translation>Correct the selected unit's daily report (a new entry with the reason)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="486" />
            <source>登记事件…</source>
            <translation>Log incident…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="487" />
            <source>把选中单位的紧急情况登记为事件</source>
            <translation>Log the selected unit's urgent situation as an incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="491" />
            <source>关账…</source>
            <translation>Close day…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="492" />
            <source>截止后关账：仍未报的单位记为缺报，当日日报冻结</source>
            <translation>Close after the cutoff: units not reported count as missing and the day's reports are frozen</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="494" />
            <source>更正选中单位的日报</source>
            <translation>Correct the selected unit's daily report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="501" />
            <source>选中单位报平安（零报告）</source>
            <translation>Selected unit: all clear (zero report)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="504" />
            <source>选中单位报来情况…</source>
            <translation>Selected unit reports a situation…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="509" />
            <source>下一个未报单位</source>
            <translation>Next unit not reported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="622" />
            <source>缺报 {n}</source>
            <translation>Missing {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="622" />
            <location filename="../../xianghua_console/gui/views/daily.py" line="286" />
            <source>未报 {n}</source>
            <translation>Not reported {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="798" />
            <source>（迟报）</source>
            <translation>(late)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="873" />
            <source>紧急情况：请在“接报登记”中补全发生时间、类别等，保存后自动关联本日报。</source>
            <translation>Urgent: complete the time it happened, the category etc. in “Log incident”; once saved it is linked to this daily report.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="926" />
            <source>关账</source>
            <translation>Close day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="929" />
            <source>确定关账</source>
            <translation>Close the day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="930" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="953" />
            <source>无缺报</source>
            <translation>None missing</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="298" />
            <source>距今日 {t} 截止</source>
            <translation>Until today's {t} cutoff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="439" />
            <source>日期：</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="626" />
            <source>（已关账，只能更正）</source>
            <translation>(closed: corrections only)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="712" />
            <source>没有未报的单位了。</source>
            <translation>No units left to report.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="770" />
            <source>请先选中一个单位（可在“查找单位”中输入拼音首字母）。</source>
            <translation>Select a unit first (you can type pinyin initials in “Find unit”).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="831" />
            <source>请先选中报来情况的单位。</source>
            <translation>Select the unit reporting the situation first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="919" />
            <source>关账后，{d}的日报即冻结，此后只能更正并写明原因。</source>
            <translation>After closing, the daily reports of {d} are frozen; from then on they can only be corrected, with a reason.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="276" />
            <source>{d} 日报</source>
            <translation>Daily reports {d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="281" />
            <source>截止 {t}</source>
            <translation>Cutoff {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="285" />
            <source>{d} 截止 {t} 已过，未关账</source>
            <translation>{d}: cutoff {t} passed, not closed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="293" />
            <source>已过 {t} 截止，仍未报</source>
            <translation>Past the {t} cutoff, still not reported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="609" />
            <source> 日报</source>
            <translation> daily reports</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="610" />
            <source>截止时间 {t}</source>
            <translation>Cutoff {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="611" />
            <source>应报 {n}</source>
            <translation>Expected {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="639" />
            <source>已关账，全部单位均已报送。</source>
            <translation>Closed; all units reported.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="646" />
            <source>全部单位均已报送 ✓</source>
            <translation>All units reported ✓</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="800" />
            <source>{t} {u}：{k}{late}，接报人 {who}。</source>
            <translation>{t} {u}: {k}{late}, taken by {who}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="883" />
            <source>已登记事件 {n}，并与该单位的日报关联。</source>
            <translation>Logged incident {n} and linked it to the unit's daily report.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="906" />
            <source>已更正 {u} 的日报：{k}，原因：{r}。</source>
            <translation>Corrected the daily report of {u}: {k}, reason: {r}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="951" />
            <source>缺报 {n} 个单位：{u}</source>
            <translation>Units missing ({n}): {u}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="956" />
            <source>{d}日报已于 {t} 关账（{who}），应报 {e}，{m}。</source>
            <translation>Daily reports of {d} closed at {t} ({who}); expected {e}, {m}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="629" />
            <source>缺报 {n} / 应报 {t}</source>
            <translation>Missing {n} / expected {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="631" />
            <source>未报 {n} / 应报 {t}</source>
            <translation>Not reported {n} / expected {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="895" />
            <source>（已关账，不能补登）</source>
            <translation>(closed: cannot be added)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="896" />
            <source>请用“平安”或“有情况”登记。</source>
            <translation>Record it with “All clear” or “Situation”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="921" />
            <source>仍未报的 {n} 个单位将记为缺报：
{u}</source>
            <translation>Units not reported ({n}) will count as missing:
{u}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="925" />
            <source>全部 {n} 个单位均已报送。</source>
            <translation>All {n} units reported.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="613" />
            <source>平安 {n}</source>
            <translation>All clear {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="616" />
            <source>有情况 {n}</source>
            <translation>Situation {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="619" />
            <source>迟报 {n}</source>
            <translation>Late {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="637" />
            <source>已关账。缺报 {n} 个单位：{u}</source>
            <translation>Closed. Units missing ({n}): {u}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="643" />
            <source>待催报 {n} 个单位（F8 选下一个，按空格登记平安）</source>
            <translation>Units to chase: {n} (F8 selects the next, Space records all clear)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="894" />
            <source>{u}当日没有日报可更正。</source>
            <translation>{u} has no daily report that day to correct.</translation>
        </message>
    </context>
    <context>
        <name>DataView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/base.py" line="188" />
            <source>正在读取数据……</source>
            <translation>Loading data…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/base.py" line="209" />
            <source>读取失败：</source>
            <translation>Loading failed: </translation>
        </message>
    </context>
    <context>
        <name>DaySummaryModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="106" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="107" />
            <source>应报</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="108" />
            <source>按时</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="109" />
            <source>平安</source>
            <translation>All clear</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="110" />
            <source>有情况</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="111" />
            <source>迟报</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="112" />
            <source>未报/缺报</source>
            <translation>Not reported/missing</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="113" />
            <source>事件数</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="114" />
            <source>已关账</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="123" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="123" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="136" />
            <source>今日日报尚未截止，这些单位还可以按时上报</source>
            <translation>Today's cutoff has not passed; these units can still report on time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="121" />
            <source>（今日）</source>
            <translation> (today)</translation>
        </message>
    </context>
    <context>
        <name>DbDoor</name>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="76" />
            <source>这条记录刚被另一台电脑修改过，请刷新（F5）后再操作。</source>
            <translation>This record was just changed on another computer: refresh (F5) and try again.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="86" />
            <source>操作未能完成，程序出现了意外错误。请把下面的详情告诉维护人员：</source>
            <translation>The action could not be completed: an unexpected error occurred. Please give the details below to your IT support:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="81" />
            <source>数据库操作失败，请检查数据库文件或网络连接。</source>
            <translation>Database operation failed: check the database file or the network connection.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="84" />
            <source>数据库操作失败。</source>
            <translation>Database operation failed.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="51" />
            <source>数据库通道已关闭，值班台正在退出。</source>
            <translation>The database connection is closed; the console is shutting down.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="80" />
            <source>数据库正忙（另一台电脑正在写入），请稍后再试。</source>
            <translation>The database is busy (another computer is writing); try again shortly.</translation>
        </message>
    </context>
    <context>
        <name>DirectoriesView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="301" />
            <source>目录</source>
            <translation>Directory</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="253" />
            <source>新增单位…</source>
            <translation>New unit…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="254" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="266" />
            <source>修改…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="255" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="267" />
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="257" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="269" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="259" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="271" />
            <source>删除…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="261" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="273" />
            <source>从 Excel 导入…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="262" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="274" />
            <source>空白模板…</source>
            <translation>Blank template…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="265" />
            <source>新增人员…</source>
            <translation>New person…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="277" />
            <source>指定负责人和成员…</source>
            <translation>Set head and members…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="280" />
            <source>修改对应…</source>
            <translation>Edit mapping…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="286" />
            <source>单位和信息员</source>
            <translation>Units and information officers</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="287" />
            <source>人员</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="288" />
            <source>指挥机构</source>
            <translation>Command bodies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="289" />
            <source>类别对应分指挥部</source>
            <translation>Categories and sub-commands</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="364" />
            <source>单位已保存。</source>
            <translation>Unit saved.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="369" />
            <source>人员已保存。</source>
            <translation>Person saved.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="377" />
            <source>指挥机构已保存。</source>
            <translation>Command body saved.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="386" />
            <source>类别对应已保存。</source>
            <translation>Category mapping saved.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="429" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="435" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="436" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="455" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="523" />
            <source>空白模板</source>
            <translation>Blank template</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="317" />
            <source>单位 &lt;b&gt;{u}&lt;/b&gt; 个　人员 &lt;b&gt;{s}&lt;/b&gt; 名</source>
            <translation>Units &lt;b&gt;{u}&lt;/b&gt; · Staff &lt;b&gt;{s}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="374" />
            <source>请先选择一个指挥机构。</source>
            <translation>Select a command body first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="382" />
            <source>请先选择一个类别。</source>
            <translation>Select a category first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="392" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="425" />
            <source>请先在表中选择一行。</source>
            <translation>Select a row in the table first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="256" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="268" />
            <source>已归档“{n}”。</source>
            <translation>Archived “{n}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="258" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="270" />
            <source>已恢复“{n}”。</source>
            <translation>Restored “{n}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="430" />
            <source>删除“{n}”？只有从未用过的条目才能删除；有记录的请改为归档。</source>
            <translation>Delete “{n}”? Only entries never used can be deleted; archive those with records instead.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="469" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="484" />
            <source>导入{s}</source>
            <translation>Import {s}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="503" />
            <source>已从 {f} 导入 {n} 条：{names}</source>
            <translation>Imported {n} from {f}: {names}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="521" />
            <source>已写出空白模板 {p}</source>
            <translation>Blank template written: {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="523" />
            <source>{sheet}导入模板.xlsx</source>
            <translation>{sheet} import template.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="505" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="322" />
            <source>等</source>
            <translation> etc.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="321" />
            <source>无信息员电话：{n}</source>
            <translation>No officer phone: {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="325" />
            <source>未指定负责人：{n}</source>
            <translation>No head: {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="442" />
            <source>已删除“{n}”。</source>
            <translation>Deleted “{n}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="518" />
            <source>无法写入 {p}：{e}</source>
            <translation>Cannot write {p}: {e}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="86" />
            <source>修改单位</source>
            <translation>Edit unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="86" />
            <source>新增单位</source>
            <translation>New unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="90" />
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="91" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="94" />
            <source>信访信息员</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="95" />
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="137" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="96" />
            <source>手机 11 位，座机可带区号</source>
            <translation>Mobile: 11 digits; landline may include the area code</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="126" />
            <source>修改人员</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="126" />
            <source>新增人员</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="130" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="131" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="132" />
            <source>所属单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="133" />
            <source>（镇领导，无单位）</source>
            <translation>(town leader, no unit)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="138" />
            <source>可任带班领导</source>
            <translation>Can lead a shift</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="139" />
            <source>驾驶员</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="192" />
            <source>负责人</source>
            <translation>Head</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="193" />
            <source>（未指定）</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="197" />
            <source>副职</source>
            <translation>Deputies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="201" />
            <source>成员单位</source>
            <translation>Member units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="239" />
            <source>对应分指挥部</source>
            <translation>Sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="240" />
            <source>（不对应，分派时另选）</source>
            <translation>(none: chosen when assigning)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="270" />
            <source>未导入的原因</source>
            <translation>Why not imported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="286" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="87" />
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="127" />
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="180" />
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="236" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="272" />
            <source>工作表</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="272" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="272" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="272" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="183" />
            <source>预案规定：负责人 {head}{deputies}</source>
            <translation>Plan: head {head}{deputies}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="261" />
            <source>导入未完成 — {f}</source>
            <translation>Import not done — {f}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="263" />
            <source>&lt;b&gt;{f}&lt;/b&gt; 有 &lt;b&gt;{n}&lt;/b&gt; 处问题，&lt;b&gt;未导入任何数据&lt;/b&gt;。请在表格中改正后重新导入。</source>
            <translation>&lt;b&gt;{f}&lt;/b&gt;: problems found: &lt;b&gt;{n}&lt;/b&gt;; &lt;b&gt;nothing was imported&lt;/b&gt;. Correct the sheet and import it again.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="179" />
            <source>指挥机构 — {n}</source>
            <translation>Command body — {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="184" />
            <source>（未规定）</source>
            <translation>(not specified)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="235" />
            <source>类别对应 — {n}</source>
            <translation>Category — {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="185" />
            <source>；副职 {d}</source>
            <translation>; deputies {d}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="186" />
            <source>显示已归档</source>
            <translation>Show archived</translation>
        </message>
    </context>
    <context>
        <name>DutyRosterView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="308" />
            <source>不能带班</source>
            <translation>cannot lead</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="309" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="310" />
            <source>人数不足</source>
            <translation>too few</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="311" />
            <source>重复排班</source>
            <translation>double-booked</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="312" />
            <source>请假出差</source>
            <translation>on leave/trip</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="313" />
            <source>岗位不符</source>
            <translation>wrong post</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="314" />
            <source>连值两班</source>
            <translation>two in a row</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="318" />
            <source>经费</source>
            <translation>funds</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="319" />
            <source>车辆</source>
            <translation>vehicle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="320" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="189" />
            <source>驾驶员</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="321" />
            <source>备勤</source>
            <translation>standby</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="329" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="464" />
            <source>齐备</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1160" />
            <source>值班</source>
            <translation>Roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="186" />
            <source>带班领导</source>
            <translation>Shift leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="187" />
            <source>值班人员</source>
            <translation>Duty staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="188" />
            <source>备勤人员</source>
            <translation>Standby staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="191" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="347" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="208" />
            <source>车辆/经费</source>
            <translation>Car/fund</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="217" />
            <source>保障</source>
            <translation>Supplies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="224" />
            <source>派出所备勤</source>
            <translation>Police standby</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="914" />
            <source>值班期</source>
            <translation>Duty period</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="916" />
            <source>新建值班期…</source>
            <translation>New duty period…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="918" />
            <source>自动排班…</source>
            <translation>Generate roster…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="920" />
            <source>请假/出差…</source>
            <translation>Leave/trips…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="922" />
            <source>调班申请…</source>
            <translation>Swap request…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="924" />
            <source>先在排班表中选中要调出的那一班（有人的格子）</source>
            <translation>First select the shift to swap out in the roster (a filled cell)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="925" />
            <source>经费/车辆…</source>
            <translation>Funds/vehicle…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="928" />
            <source>所选日期（或每一天）的应急经费、应急车辆和派出所备勤联系人、电话</source>
            <translation>Emergency fund, vehicle and police standby contact and phone of the selected day (or every day)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="930" />
            <source>人员库…</source>
            <translation>Pools…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="931" />
            <source>自动排班按岗位轮流排的人员（带班领导、值班、备勤、驾驶员）</source>
            <translation>Whom the generator takes in turn for each post (shift leader, duty, standby, driver)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="932" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1269" />
            <source>日历调整…</source>
            <translation>Calendar…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="934" />
            <source>本办自设的节假日和调休上班日（优先于法定日历）</source>
            <translation>The office's own holidays and make-up working days (over the public calendar)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="937" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="941" />
            <source>打印预览：整个值班期</source>
            <translation>Print preview: whole duty period</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="944" />
            <source>打印预览：所选日期所在的一周</source>
            <translation>Print preview: week of the selected day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="948" />
            <source>导出 PDF：整个值班期…</source>
            <translation>Export PDF: whole duty period…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="949" />
            <source>导出 PDF：所选日期所在的一周…</source>
            <translation>Export PDF: week of the selected day…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="951" />
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="953" />
            <source>导入 Excel…</source>
            <translation>Import Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1008" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1278" />
            <source>检查</source>
            <translation>Checks</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1022" />
            <source>同事同意</source>
            <translation>Colleague agrees</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1023" />
            <source>主任批准…</source>
            <translation>Director approves…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1025" />
            <source>不同意…</source>
            <translation>Decline…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1027" />
            <source>撤回申请</source>
            <translation>Withdraw request</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1038" />
            <source>调班：本人申请 → 接班同事同意 → 办公室主任批准，批准后排班表才改。</source>
            <translation>Swaps: the person asks → the colleague agrees → the office director approves; only then does the roster change.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1044" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1281" />
            <source>调班</source>
            <translation>Swaps</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1049" />
            <source>排班说明</source>
            <translation>Roster notes</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1069" />
            <source>&lt;span style='background:#fff3cd'&gt;&amp;nbsp;黄底橙线&amp;nbsp;&lt;/span&gt; 当前在班　&lt;span style='background:#f8d7da;color:#842029'&gt;&amp;nbsp;红底&amp;nbsp;&lt;/span&gt; 缺人或有问题　&lt;span style='color:#1f5fbf'&gt;◤&lt;/span&gt; 手工排定（重新排班时保留）　&lt;span style='background:#b35c00;color:#fff'&gt;&amp;nbsp;调&amp;nbsp;&lt;/span&gt; 调班结果　&lt;span style='background:#e3ebf5'&gt;&amp;nbsp;休息日&amp;nbsp;&lt;/span&gt;&lt;span style='background:#ecdff5'&gt;&amp;nbsp;节假日&amp;nbsp;&lt;/span&gt;&lt;span style='background:#f6e7d2'&gt;&amp;nbsp;调休上班&amp;nbsp;&lt;/span&gt;＊本办自设　选中格子后：回车/F2 或直接输入姓名选人，Delete 清除</source>
            <translation>&lt;span style='background:#fff3cd'&gt;&amp;nbsp;Yellow, orange line&amp;nbsp;&lt;/span&gt; on duty now · &lt;span style='background:#f8d7da;color:#842029'&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; missing or a problem · &lt;span style='color:#1f5fbf'&gt;◤&lt;/span&gt; set by hand (kept when regenerating) · &lt;span style='background:#b35c00;color:#fff'&gt;&amp;nbsp;S&amp;nbsp;&lt;/span&gt; swapped · &lt;span style='background:#e3ebf5'&gt;&amp;nbsp;Day off&amp;nbsp;&lt;/span&gt;&lt;span style='background:#ecdff5'&gt;&amp;nbsp;Holiday&amp;nbsp;&lt;/span&gt;&lt;span style='background:#f6e7d2'&gt;&amp;nbsp;Make-up workday&amp;nbsp;&lt;/span&gt;＊ set by the office · In a cell: Enter/F2 or type a name to choose, Delete clears</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1721" />
            <source>正在自动排班……</source>
            <translation>Generating the roster…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1931" />
            <source>值班表</source>
            <translation>Roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1980" />
            <source>导入排班表</source>
            <translation>Import roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1988" />
            <source>文件中出现的每一天，其排班将换成文件中的排班（其他日子不变），导入的班次算作手工排定。每一行都先检查，有一行不对就什么也不导入。</source>
            <translation>Every day in the file gets the file's places (other days stay as they are); imported places count as set by hand. Every row is checked first: if one row is wrong, nothing is imported.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1992" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1993" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="218" />
            <source>应急经费、车辆、驾驶员、备勤人员全部到位才是绿色</source>
            <translation>Green only when the fund, vehicle, driver and standby staff are all in place</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="225" />
            <source>派出所备勤（应急分队）的联系人和电话；双击或按回车修改</source>
            <translation>Police standby (emergency squad) contact and phone; double-click or Enter to edit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="327" />
            <source>缺{x}</source>
            <translation>no {x}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="703" />
            <source>在班</source>
            <translation>On duty</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="705" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="726" />
            <source>调班：替{who}值班，{approver}于{when}批准</source>
            <translation>Swap: stands in for {who}, approved by {approver} on {when}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="775" />
            <source>调</source>
            <translation>S</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="962" />
            <source>值班期：</source>
            <translation>Duty period:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1243" />
            <source>（{start} 至 {end}，共 {n} 天）</source>
            <translation>({start} to {end}, {n} days)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1255" />
            <source>（见右侧“检查”，双击跳到位置）</source>
            <translation>(see “Checks” on the right; double-click to jump there)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1331" />
            <source>请假、出差：</source>
            <translation>Leave, trips:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1510" />
            <source>上一项操作还没有完成，请稍候。</source>
            <translation>The previous action has not finished yet; please wait.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1584" />
            <source>这个位置本来就是空的。</source>
            <translation>This place is already empty.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1631" />
            <source>请先选中要调出的那一班（有人的格子）。</source>
            <translation>First select the shift to swap out (a filled cell).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1780" />
            <source>主任批准调班</source>
            <translation>Director approves swap</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1799" />
            <source>不同意调班</source>
            <translation>Decline swap</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1897" />
            <source>已导出 PDF：{p}</source>
            <translation>PDF exported: {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1938" />
            <source>{name}值班表</source>
            <translation>{name} roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1942" />
            <source>导出 PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1943" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1949" />
            <source>导出排班表到 Excel</source>
            <translation>Export the roster to Excel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1950" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1957" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1956" />
            <source>从 Excel 导入排班表</source>
            <translation>Import the roster from Excel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1971" />
            <source>已导出到 {p}（“值班”表可改后再导入）</source>
            <translation>Exported to {p} (the “值班” sheet can be edited and imported again)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="331" />
            <source>等{n}项</source>
            <translation>and {n} more</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="530" />
            <source>保障不齐</source>
            <translation>Supplies incomplete</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="731" />
            <source>调班：与{who}对换，{approver}于{when}批准</source>
            <translation>Swap: exchanged with {who}, approved by {approver} on {when}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1130" />
            <source>值班人员 1</source>
            <translation>Duty staff 1</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1135" />
            <source>缺驾驶员</source>
            <translation>no driver</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1238" />
            <source>请点“新建值班期…”（如全国两会期间），再自动排班或逐格选人。</source>
            <translation>Click “New duty period…” (e.g. the National People's Congress sessions), then generate the roster or choose people cell by cell.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1258" />
            <source>排班检查无问题</source>
            <translation>Roster checks found no problems</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1326" />
            <source>每个必需岗位都已排上人。</source>
            <translation>Every required post has someone.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1407" />
            <source>选中一个格子查看当天的班次、保障和请假情况。</source>
            <translation>Select a cell to see the day's shift, supplies and leave.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1425" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="408" />
            <source>请假/出差：</source>
            <translation>Leave/trips:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1427" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="410" />
            <source>派出所备勤：</source>
            <translation>Police standby:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1725" />
            <source>已自动排班：新排 {placed} 个班次，保留手工排定 {kept} 个。</source>
            <translation>Roster generated: {placed} places filled, {kept} set by hand kept.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1824" />
            <source>第 {n} 号调班：{label}，现为“{status}”。</source>
            <translation>Swap no. {n}: {label}, now “{status}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1828" />
            <source>排班表已改为：</source>
            <translation>The roster now reads:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1872" />
            <source>打印预览 — {t}</source>
            <translation>Print preview — {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1981" />
            <source>导入“{f}”？</source>
            <translation>Import “{f}”?</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="2015" />
            <source>已导入 {n} 行，替换了 {d} 天的排班。</source>
            <translation>Imported {n} rows, replacing {d} days of the roster.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="198" />
            <source>{slot}：每班须{n}人</source>
            <translation>{slot}: {n} per shift required</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="200" />
            <source>{slot}：可选，每班最多{n}人</source>
            <translation>{slot}: optional, up to {n} per shift</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="209" />
            <source>应急车辆的车牌号；应急经费，每班不少于{n}元</source>
            <translation>Emergency vehicle's number plate; emergency fund, at least {n} yuan per shift</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="713" />
            <source>休息日</source>
            <translation>Day off</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1201" />
            <source>{name}（{first}至{last}）</source>
            <translation>{name} ({first} to {last})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1278" />
            <source>检查 {n}</source>
            <translation>Checks {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1281" />
            <source>调班 {n}</source>
            <translation>Swaps {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1317" />
            <source>上次自动排班：新排 {placed} 个，保留手工排定 {kept} 个，替换 {removed} 个，已开始的班次 {started} 个保持不变。</source>
            <translation>Last generation: {placed} filled, {kept} set by hand kept, {removed} replaced, {started} started shifts unchanged.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1729" />
            <source>有 {n} 处排不满，见“排班说明”。</source>
            <translation>Places left unfilled: {n}; see “Roster notes”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1781" />
            <source>第 {n} 号：{s}&lt;br&gt;批准的办公室主任：</source>
            <translation>No. {n}: {s}&lt;br&gt;Approving office director:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1800" />
            <source>第 {n} 号：{s}&lt;br&gt;不同意的原因（可不填）：</source>
            <translation>No. {n}: {s}&lt;br&gt;Reason for declining (optional):</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1936" />
            <source>{name}值班表（{first}-{last}）</source>
            <translation>{name} roster ({first}-{last})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="2009" />
            <source>“{f}”有 {n} 处问题，没有导入任何一行（问题见弹出的列表）。</source>
            <translation>“{f}”: problems found: {n}; no row was imported (see the list shown).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="2019" />
            <source>检查发现 {n} 个问题，见右侧“检查”。</source>
            <translation>Checks found problems: {n}; see “Checks” on the right.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="395" />
            <source>班次 {start} 至 {end}</source>
            <translation>Shift {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="398" />
            <source>类别：{k}</source>
            <translation>Kind: {k}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="405" />
            <source>（在“日历调整…”中修改）</source>
            <translation>(change it in “Calendar…”)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="417" />
            <source>缺人</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="498" />
            <source>已{kind}</source>
            <translation>{kind}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="531" />
            <source>{month}月{day}日{what}</source>
            <translation>{month}-{day}: {what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1236" />
            <source>还没有值班期。</source>
            <translation>No duty period yet.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1263" />
            <source>保障齐备 {a}/{b} 天</source>
            <translation>Supplies ready {a}/{b} days</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1291" />
            <source>每天的应急经费、车辆、驾驶员和备勤人员都已到位。</source>
            <translation>The fund, vehicle, driver and standby staff are in place every day.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1417" />
            <source>班次 {a} 至 {b}</source>
            <translation>Shift {a} to {b}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1422" />
            <source>保障：</source>
            <translation>Supplies:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1595" />
            <source>已清除：{day}{slot} {name}。</source>
            <translation>Cleared: {day} {slot} {name}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="434" />
            <source>手工排定（重新自动排班时保留）</source>
            <translation>Set by hand (kept when the roster is generated again)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="445" />
            <source>应急车辆：{v}
应急经费：{n}元
双击或按回车修改</source>
            <translation>Emergency vehicle: {v}
Emergency fund: ¥{n}
Double-click or Enter to edit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="455" />
            <source>未填写</source>
            <translation>Not filled in</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="457" />
            <source>派出所备勤未填写：双击或按回车填写联系人和电话</source>
            <translation>Police standby not filled in: double-click or Enter to add the contact and phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="715" />
            <source>调休上班</source>
            <translation>Make-up workday</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1253" />
            <source>{n} 个问题</source>
            <translation>Problems: {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="420" />
            <source>{slot}缺人：双击或按回车选人</source>
            <translation>{slot} missing: double-click or Enter to choose</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="422" />
            <source>{slot}（可选）：双击或按回车选人</source>
            <translation>{slot} (optional): double-click or Enter to choose</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="437" />
            <source>当天已登记{kind}</source>
            <translation>{kind} recorded that day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="441" />
            <source>未落实车辆</source>
            <translation>no vehicle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="443" />
            <source>{n}元</source>
            <translation>¥{n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="446" />
            <source>未落实</source>
            <translation>not arranged</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1296" />
            <source>{day}：{what}</source>
            <translation>{day}: {what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="403" />
            <source>本办自设为{k}</source>
            <translation>set by the office as {k}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="453" />
            <source>派出所备勤：{p}
双击或按回车修改</source>
            <translation>Police standby: {p}
Double-click or Enter to edit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1303" />
            <source>保障未齐备 {n} 天：</source>
            <translation>Supplies incomplete on {n} day(s):</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../../xianghua_console/gui/idle_lock.py" line="82" />
            <source>解锁…</source>
            <translation>Unlock…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/idle_lock.py" line="210" />
            <source>值班台已锁定
{minutes} 分钟无人操作；登录账号：{user}</source>
            <translation>Console locked
No input for {minutes} minutes; logged in: {user}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/idle_lock.py" line="224" />
            <source>有新的时限提醒：{title}。请解锁后处理。</source>
            <translation>New deadline alert: {title}. Unlock to deal with it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/unlock_dialog.py" line="35" />
            <source>值班台已锁定</source>
            <translation>Console locked</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/unlock_dialog.py" line="48" />
            <source>请输入用户名和密码。</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/unlock_dialog.py" line="37" />
            <source>值班台已锁定。请输入 {user} 的密码继续；交班时也可以用另一个账号登录。</source>
            <translation>The console is locked. Enter the password of {user} to continue; at a shift change another account can log in.</translation>
        </message>
    </context>
    <context>
        <name>IncidentDetail</name>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="224" />
            <source>：</source>
            <translation>: </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="59" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="59" />
            <source>事项</source>
            <translation>Entry</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="59" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="59" />
            <source>经办人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="59" />
            <source>登记于</source>
            <translation>Recorded at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="125" />
            <source>事件详情</source>
            <translation>Incident details</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="131" />
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="167" />
            <source>时间线</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="98" />
            <source>{kind}　{at}</source>
            <translation>{kind} · {at}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="99" />
            <source>登记：{who}，{when}</source>
            <translation>Logged: {who}, {when}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="196" />
            <source>报告单位</source>
            <translation>Reporting unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="197" />
            <source>报告人</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="199" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="200" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="202" />
            <source>程度 / 人数</source>
            <translation>Severity / people</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="203" />
            <source>发生 / 接报</source>
            <translation>Occurred / received</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="204" />
            <source>报告领导</source>
            <translation>Leaders told</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="205" />
            <source>报告县里</source>
            <translation>County told</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="206" />
            <source>登记</source>
            <translation>Logged by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="216" />
            <source>时限</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="176" />
            <source>&lt;b&gt;时间线&lt;/b&gt;（{n} 条，只增不改；更正另起一条并写明原因）</source>
            <translation>&lt;b&gt;Timeline&lt;/b&gt; ({n} entries, append-only; a correction is a new entry with its reason)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="194" />
            <source>· 迟报</source>
            <translation>· late</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="202" />
            <source>人</source>
            <translation>people</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="233" />
            <source>{kind}：{due} 前，还有 {m}</source>
            <translation>{kind}: by {due}, {m} left</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="200" />
            <source>分指挥部：</source>
            <translation>Sub-command: </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="244" />
            <source>{met} 按时完成</source>
            <translation>done {met}, on time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="164" />
            <source>选中一起事件，这里显示它的详情和全部时间线。</source>
            <translation>Select an incident to see its details and its whole timeline here.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="201" />
            <source>未分派</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="240" />
            <source>{met} 完成，超时 {late}</source>
            <translation>done {met}, {late} late</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="230" />
            <source>已超时 {m}，未完成</source>
            <translation>{m} overdue, not done</translation>
        </message>
    </context>
    <context>
        <name>IncidentDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="193" />
            <source>发生时间</source>
            <translation>Occurred at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="199" />
            <source>接报时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="201" />
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="203" />
            <source>报告单位</source>
            <translation>Reporting unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="204" />
            <source>报告人</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="205" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="206" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="207" />
            <source>事件类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="208" />
            <source>（请选择）</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="214" />
            <source>分指挥部</source>
            <translation>Sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="216" />
            <source>（不分派）</source>
            <translation>(not assigned)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="221" />
            <source>涉及人数</source>
            <translation>People involved</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="222" />
            <source>不清楚时填 0</source>
            <translation>0 if not known</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="224" />
            <source>问题程度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="227" />
            <source>简要情况</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="229" />
            <source>事由、诉求、现场情况</source>
            <translation>Cause, demands, situation on site</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="345" />
            <source>涉及人数请填整数，如 12</source>
            <translation>Enter the number of people as a whole number, e.g. 12</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="187" />
            <source>接报登记</source>
            <translation>Log incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="187" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="271" />
            <source>选择类别后自动建议分指挥部</source>
            <translation>A sub-command is suggested once a category is chosen</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="275" />
            <source>“{c}”类不对应分指挥部</source>
            <translation>Category “{c}” has no sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="295" />
            <source>接报已过去 {ago}：保存后时间线将注明“补录”（接报后才登记）。</source>
            <translation>Received {ago} ago: the timeline will mark it as “logged late” (entered after it was received).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="303" />
            <source>发生后 {d}才报到信访办，超过 {n} 分钟时限：将记为迟报。</source>
            <translation>Reached the petition office {d} after it happened, past the {n}-minute deadline: it will be recorded as late.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="278" />
            <source>按类别“{c}”建议：{s}</source>
            <translation>Suggested for category “{c}”: {s}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="282" />
            <source>已改派（类别建议为{s}）</source>
            <translation>Reassigned (the category suggests {s})</translation>
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="209" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="210" />
            <source>发生时间</source>
            <translation>Occurred at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="211" />
            <source>报告单位</source>
            <translation>Reporting unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="212" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="213" />
            <source>分指挥部</source>
            <translation>Sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="214" />
            <source>程度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="215" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="216" />
            <source>下一时限</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="217" />
            <source>倒计时</source>
            <translation>Countdown</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="218" />
            <source>事由</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="443" />
            <source>时限均已完成</source>
            <translation>All deadlines met</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="506" />
            <source>{kind}：时限 {due}，{met} 按时完成</source>
            <translation>{kind}: due {due}, done {met} on time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="484" />
            <source>发生 {occ}
接报 {rec}</source>
            <translation>Occurred {occ}
Received {rec}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="496" />
            <source>{kind}：时限 {due}，未完成</source>
            <translation>{kind}: due {due}, not done</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="500" />
            <source>{kind}：时限 {due}，{met} 完成，超时 {late}</source>
            <translation>{kind}: due {due}, done {met}, {late} late</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="438" />
            <source>{status} · 迟报</source>
            <translation>{status} · late</translation>
        </message>
    </context>
    <context>
        <name>IncidentsView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="684" />
            <source>事件</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="640" />
            <source>未结事件</source>
            <translation>Open incidents</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="712" />
            <source>接报登记</source>
            <translation>Log incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="713" />
            <source>登记一起新接到的报告</source>
            <translation>Log a newly received report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="717" />
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1034" />
            <source>下一步</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="718" />
            <source>进行选中事件的下一步</source>
            <translation>Take the selected incident's next step</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="728" />
            <source>报告镇主要领导…</source>
            <translation>Report to town leaders…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="729" />
            <source>记录向镇党委、政府主要领导的报告：报告了谁、什么时间</source>
            <translation>Record the report to the town Party committee's and government's principal leaders: whom and when</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="732" />
            <source>报告县委县政府…</source>
            <translation>Report to county…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="733" />
            <source>记录向县委、县政府的报告：报告了谁、什么时间</source>
            <translation>Record the report to the county Party committee and government: whom and when</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="736" />
            <source>更正时间…</source>
            <translation>Correct time…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="737" />
            <source>更正一个已记录的时间，须写明原因（记入时间线）</source>
            <translation>Correct a recorded time, with a reason (recorded on the timeline)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="740" />
            <source>分派…</source>
            <translation>Assign…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="741" />
            <source>分派给分指挥部和工作组，记录处置指示、督导和接收</source>
            <translation>Assign to a sub-command and working groups; record instructions, supervision and acceptance</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="744" />
            <source>现场指挥部…</source>
            <translation>On-site command…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="745" />
            <source>成立或调整现场指挥部：指挥长、副指挥长和成员</source>
            <translation>Set up or change the on-site command: commander, deputies and members</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="749" />
            <source>下一起超时事件</source>
            <translation>Next overdue incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="753" />
            <source>选中下一起已超过时限的事件（F8）</source>
            <translation>Select the next incident past a deadline (F8)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="756" />
            <source>事件操作</source>
            <translation>Incident actions</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="784" />
            <location filename="../../xianghua_console/gui/views/incidents.py" line="792" />
            <location filename="../../xianghua_console/gui/views/incidents.py" line="837" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="811" />
            <source>清除筛选</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1147" />
            <source>已记录报告县委县政府</source>
            <translation>Report to the county recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1147" />
            <source>已记录报告镇主要领导</source>
            <translation>Report to the town leaders recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1200" />
            <source>（迟报）</source>
            <translation>(late)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="797" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="798" />
            <source>分指挥部</source>
            <translation>Sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="799" />
            <source>报告单位</source>
            <translation>Reporting unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="800" />
            <source>程度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="967" />
            <source>没有超过时限的事件。</source>
            <translation>No incidents past a deadline.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1029" />
            <source>先选中一起事件</source>
            <translation>Select an incident first</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1046" />
            <source>记录向镇党委、政府主要领导的报告：报告了谁、什么时间（Ctrl+L）</source>
            <translation>Record the report to the town's principal leaders: whom and when (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1296" />
            <source>当前没有未结事件。</source>
            <translation>No open incidents.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="802" />
            <source>：</source>
            <translation>:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1137" />
            <source>{n}：{what}</source>
            <translation>{n}: {what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1158" />
            <source>{n}：已更正，时间线上记下了原因</source>
            <translation>{n}: corrected; the reason is on the timeline</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1196" />
            <source>，{kind}时限 {due}</source>
            <translation>, {kind} due {due}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1202" />
            <source>已登记事件 {n}：{unit}{late}{clock}。</source>
            <translation>Logged incident {n}: {unit}{late}{clock}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1274" />
            <source>未结事件 &lt;b&gt;{n}&lt;/b&gt; 起</source>
            <translation>Open incidents: &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="805" />
            <source>按{what}筛选</source>
            <translation>Filter by {what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1034" />
            <source>下一步：{s}</source>
            <translation>Next step: {s}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1043" />
            <source>已于 {t} 报告{who}；时间有误请用“更正时间”</source>
            <translation>{who} told at {t}; if the time is wrong use “Correct a time”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1220" />
            <source>{n} 已结案，不再显示在未结事件中。</source>
            <translation>{n} is closed and no longer listed among the open incidents.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1300" />
            <source>筛选后显示 {shown} / {total} 起</source>
            <translation>Showing {shown} of {total}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="825" />
            <source>未分派</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1007" />
            <source>详情读取失败：</source>
            <translation>Could not load the details: </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1281" />
            <source>超时 {n} 起</source>
            <translation>Overdue {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1287" />
            <source>{m} 分钟内到期 {n} 起</source>
            <translation>Due within {m} min {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1293" />
            <source>迟报 {n} 起</source>
            <translation>Late {n}</translation>
        </message>
    </context>
    <context>
        <name>LiveSync</name>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="224" />
            <source>实时同步已停止</source>
            <translation>Live sync stopped</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="212" />
            <source>单机数据库</source>
            <translation>Local database</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="215" />
            <source>已连接服务器 · 实时同步</source>
            <translation>Connected to server · live sync</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="217" />
            <source>正在连接服务器……</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="220" />
            <source>与服务器的连接已断开（只读）</source>
            <translation>Disconnected from the server (read-only)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="229" />
            <source>无法连接数据库服务器：值班台暂时只读，正在自动重连。已打开的窗口和填写的内容都保留，连接恢复后会重新读取全部数据，再保存即可。</source>
            <translation>Cannot reach the database server: the console is read-only for now and reconnecting automatically. Open windows and anything entered are kept; once connected again all data is reloaded and you can save.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="222" />
            <source>，{s} 秒后重试</source>
            <translation>, retrying in {s} s</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="62" />
            <location filename="../../xianghua_console/gui/login.py" line="79" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="65" />
            <location filename="../../xianghua_console/gui/login.py" line="81" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="69" />
            <location filename="../../xianghua_console/gui/login.py" line="82" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="73" />
            <source>再输一遍密码</source>
            <translation>Repeat the password</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="94" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="51" />
            <source>新建第一个办公室主任账号</source>
            <translation>Create the first office director account</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="51" />
            <source>登录值班台</source>
            <translation>Log in to the duty console</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="54" />
            <source>这是一个新数据库，还没有账号。请先建立办公室主任账号，之后由主任添加其他人员的账号。</source>
            <translation>This is a new database with no accounts yet. Create the office director's account first; the director then adds the other accounts.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="56" />
            <source>请用本人账号登录。</source>
            <translation>Log in with your own account.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="84" />
            <source>再输一遍</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="92" />
            <source>建立并登录</source>
            <translation>Create and log in</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="92" />
            <source>登录</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="112" />
            <source>请输入用户名和密码。</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="118" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="143" />
            <source>刷新（F5）</source>
            <translation>Refresh (F5)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="145" />
            <source>从数据库重新读取全部数据（F5）</source>
            <translation>Reload all data from the database (F5)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="147" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="150" />
            <source>工具栏</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="170" />
            <source>正在读取值班信息……</source>
            <translation>Loading duty information…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="197" />
            <source>值班</source>
            <translation>Roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="197" />
            <source>日报</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="197" />
            <source>通知</source>
            <translation>Notices</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="197" />
            <source>研判会</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="197" />
            <source>报表</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="198" />
            <source>目录</source>
            <translation>Directory</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="233" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="238" />
            <source>视图(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="246" />
            <source>工具(&amp;T)</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="247" />
            <source>设置…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="252" />
            <source>审计日志…</source>
            <translation>Audit log…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="262" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="263" />
            <source>快捷键…</source>
            <translation>Keyboard shortcuts…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="267" />
            <source>关于值班台</source>
            <translation>About the console</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="289" />
            <source>设置已保存；各视图已按新的设置重新读取。</source>
            <translation>Settings saved; all views were reloaded with the new settings.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="497" />
            <source>今日日报已关账</source>
            <translation>Today's daily reports closed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="107" />
            <source>正在载入……</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="132" />
            <source>接报登记</source>
            <translation>Log incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="464" />
            <location filename="../../xianghua_console/gui/main_window.py" line="476" />
            <location filename="../../xianghua_console/gui/main_window.py" line="478" />
            <source>未安排</source>
            <translation>Not scheduled</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="513" />
            <source>距今日 {t} 日报截止 {left}，未报 {n}/{total} 个单位</source>
            <translation>Daily cutoff {t} in {left}; {n}/{total} units not reported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="605" />
            <source>值班问题 {n} 处</source>
            <translation>Roster problems: {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="92" />
            <source>香花镇信访稳定值班台 — {db}</source>
            <translation>Xianghua Petition Duty Console — {db}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="367" />
            <source>数据库已从结构版本 {old} 升级到当前版本。</source>
            <translation>The database was upgraded from schema version {old} to the current version.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="468" />
            <source>在班　带班领导：&lt;b&gt;{leader}&lt;/b&gt;　值班：&lt;b&gt;{duty}&lt;/b&gt;</source>
            <translation>On duty · Shift leader: &lt;b&gt;{leader}&lt;/b&gt; · Duty: &lt;b&gt;{duty}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="473" />
            <source>班次 {start} 至 {end}</source>
            <translation>Shift {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="476" />
            <source>备勤：{p}</source>
            <translation>Standby: {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="477" />
            <source>应急车辆：{v} {d}</source>
            <translation>Emergency vehicle: {v} {d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="480" />
            <source>派出所备勤：{p}</source>
            <translation>Police standby: {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="362" />
            <source>首次运行：已按预案默认配置新建数据库 {db}，预置了预案规定的指挥机构、镇直单位和各项默认时限。本镇的村（居）、工作人员、信息员和值班表请另行录入。</source>
            <translation>First run: created the database {db} with the plan's defaults: the command bodies, town departments and default deadlines the plan sets. Enter the town's villages, staff, information officers and roster separately.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="371" />
            <source>升级前的副本保存在 {path}。</source>
            <translation>A copy from before the upgrade is at {path}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="417" />
            <source>数据读取于 {t}</source>
            <translation>Data read at {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="459" />
            <source>当前没有排班：无人在班。</source>
            <translation>No shift now: nobody on duty.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="480" />
            <source>未填写</source>
            <translation>Not filled in</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="396" />
            <source>值班状态：</source>
            <translation>Duty status:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="410" />
            <source>部分数据没有读出来，界面上显示的可能不是最新情况：</source>
            <translation>Some data could not be read; what is shown may not be up to date:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="501" />
            <source>今日日报已全部上报（{n} 个单位）</source>
            <translation>All of today's daily reports are in ({n} units)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="508" />
            <source>已过截止时间 {t}，仍有 {n} 个单位未报</source>
            <translation>Past the {t} cutoff; units not reported: {n}</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="213" />
            <source>村/单位</source>
            <translation>Village/unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="220" />
            <source>召开日期</source>
            <translation>Held on</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="225" />
            <source>参会人数</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="227" />
            <source>（请填写）</source>
            <translation>(required)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="228" />
            <source> 人</source>
            <translation> people</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="231" />
            <source>排查出的问题</source>
            <translation>Problems found</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="235" />
            <source>采取的措施</source>
            <translation>Measures taken</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="209" />
            <source>登记分析研判会</source>
            <translation>Record analysis meeting</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="209" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="232" />
            <source>本周排查出的矛盾纠纷和不稳定因素；没有时写“无”</source>
            <translation>Disputes and risks to stability found this week; write “none” if there are none</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="236" />
            <source>包案领导、化解措施、时限</source>
            <translation>Leader in charge, measures to resolve, deadline</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="257" />
            <source>注意：{d} 不在本周（{a}至{b}），将计入那一周。</source>
            <translation>Note: {d} is not in this week ({a} to {b}); it will count for its own week.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="261" />
            <source>研判会</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="235" />
            <source>◀ 上一周</source>
            <translation>◀ Previous week</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="242" />
            <source>下一周 ▶</source>
            <translation>Next week ▶</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="245" />
            <location filename="../../xianghua_console/gui/views/meetings.py" line="310" />
            <source>本周</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="248" />
            <source>登记研判会…</source>
            <translation>Record meeting…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="250" />
            <source>为选中的村/单位登记本周的分析研判会（双击行也可）</source>
            <translation>Record this week's analysis meeting for the selected village/unit (or double-click the row)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="315" />
            <source>各村、各单位本周均已召开研判会 ✓</source>
            <translation>Every village and unit has held its meeting this week ✓</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="291" />
            <source>（本周）</source>
            <translation> (this week)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="385" />
            <source>已登记 {u} {d} 的分析研判会（{n} 人参加）。</source>
            <translation>Recorded the analysis meeting of {u} on {d} ({n} attending).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="309" />
            <source>{w}尚未召开研判会的 {n} 个单位：</source>
            <translation>{w}: units without a meeting ({n}):</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="299" />
            <source>每个村/单位每周至少 {n} 次</source>
            <translation>At least {n} per village/unit per week</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="300" />
            <source>应开 {n} 个单位</source>
            <translation>Expected from {n} units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="304" />
            <source>共 {n} 次会议</source>
            <translation>{n} meetings in all</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="301" />
            <source>已开 {n}</source>
            <translation>Held {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="303" />
            <source>未开 {n}</source>
            <translation>Not held {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="298" />
            <source>{w} 分析研判会</source>
            <translation>{w} analysis meetings</translation>
        </message>
    </context>
    <context>
        <name>NotHeldModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="152" />
            <source>未开研判会</source>
            <translation>No meeting held</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="156" />
            <source>未指定信息员</source>
            <translation>No information officer</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="76" />
            <source>正在读取……</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="85" />
            <source>发布单位</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="91" />
            <source>全部村</source>
            <translation>All villages</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="93" />
            <source>全部镇直单位</source>
            <translation>All town departments</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="109" />
            <source>主送</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="112" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="113" />
            <source>如：关于做好……的预警通知</source>
            <translation>e.g. Warning notice on …</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="114" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="116" />
            <source>工作要求</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="118" />
            <source>每条一行，如：一、……；二、……</source>
            <translation>One per line, e.g. 1. …; 2. …</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="123" />
            <source>要求在此前回执：</source>
            <translation>Receipts required by:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="132" />
            <source>回执时限</source>
            <translation>Receipt deadline</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="135" />
            <source>关联事件</source>
            <translation>Related incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="136" />
            <source>（不关联）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="296" />
            <source>预警通知回执</source>
            <translation>Warning notice receipts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="301" />
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="392" />
            <source>在上表中选择一个未回执的单位。</source>
            <translation>Select a unit without a receipt in the table above.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="305" />
            <source>单位上确认收到的人</source>
            <translation>Who confirmed receipt at the unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="308" />
            <source>登记回执</source>
            <translation>Record receipt</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="319" />
            <source>打印预览</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="322" />
            <source>导出 PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="326" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="462" />
            <source>导出 PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="462" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="71" />
            <source>发布预警通知</source>
            <translation>Issue warning notice</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="71" />
            <source>发布</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="313" />
            <source>回执人：</source>
            <translation>Confirmed by:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="315" />
            <source>时间：</source>
            <translation>Time:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="430" />
            <source>已登记 {unit} 的回执。</source>
            <translation>Receipt from {unit} recorded.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="165" />
            <source>文号：{number}（发布时按当年顺序编号）</source>
            <translation>Number: {number} (numbered in order within the year when issued)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="175" />
            <source>全部村（{n} 个）</source>
            <translation>All villages ({n})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="176" />
            <source>全部镇直单位（{n} 个）</source>
            <translation>All town departments ({n})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="229" />
            <source>主送 {n} 个单位</source>
            <translation>To: {n} units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="361" />
            <source>预警通知回执 — {number}</source>
            <translation>Warning notice receipts — {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="398" />
            <source>　（无电话）</source>
            <translation> (no phone)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="428" />
            <source>看不懂这个时间：请写成 09:35 或 03-05 09:35</source>
            <translation>Cannot read this time: write it as 09:35 or 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="483" />
            <source>已导出 {path}</source>
            <translation>Exported {path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="168" />
            <source>{n}（⚠ 未指定负责人）</source>
            <translation>{n} (⚠ no head assigned)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="256" />
            <source>看不懂这个时间：请写成 18:00 或 03-05 18:00</source>
            <translation>Cannot read this time: write it as 18:00 or 03-05 18:00</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="394" />
            <source>{unit} 已于 {at} 回执（{by}）。</source>
            <translation>{unit} confirmed receipt at {at} ({by}).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="400" />
            <source>&lt;b&gt;{unit}&lt;/b&gt;　信息员 {officer}{phone}</source>
            <translation>&lt;b&gt;{unit}&lt;/b&gt; · Information officer {officer}{phone}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="401" />
            <source>（未填）</source>
            <translation>(blank)</translation>
        </message>
    </context>
    <context>
        <name>NoticeTableModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="116" />
            <source>文号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="117" />
            <source>发布单位</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="118" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="119" />
            <source>发布时间</source>
            <translation>Issued at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="120" />
            <source>回执时限</source>
            <translation>Receipt deadline</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="121" />
            <source>回执倒计时</source>
            <translation>Receipt countdown</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="122" />
            <source>已回执</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="123" />
            <source>未回执单位</source>
            <translation>Units not confirmed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="232" />
            <source>不限</source>
            <translation>No limit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="246" />
            <source>全部已回执</source>
            <translation>All confirmed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="235" />
            <source>已齐</source>
            <translation>Complete</translation>
        </message>
    </context>
    <context>
        <name>NoticesView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="457" />
            <source>通知</source>
            <translation>Notices</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="421" />
            <source>发布预警通知…</source>
            <translation>Issue warning notice…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="424" />
            <source>登记回执…</source>
            <translation>Record receipt…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="427" />
            <source>打印预览</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="539" />
            <source>还没有发布过预警通知。</source>
            <translation>No warning notices issued yet.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="543" />
            <source>预警通知 &lt;b&gt;{n}&lt;/b&gt; 份　回执未齐 {w} 份</source>
            <translation>Warning notices &lt;b&gt;{n}&lt;/b&gt; · Receipts incomplete {w}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="547" />
            <source>已过回执时限仍未齐 {n} 份</source>
            <translation>Past the receipt deadline, incomplete: {n}</translation>
        </message>
    </context>
    <context>
        <name>OnSceneDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="45" />
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="46" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="47" />
            <source>指挥长：{cmd}
副指挥长：{dep}
成员：{mem}</source>
            <translation>Commander: {cmd}
Deputy commanders: {dep}
Members: {mem}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="60" />
            <source>现场指挥部</source>
            <translation>On-site command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="63" />
            <source>正在读取事件……</source>
            <translation>Loading incident…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="68" />
            <source>组成</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="71" />
            <source>请选择指挥长（主要领导）</source>
            <translation>Choose the commander (a principal leader)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="76" />
            <source>筛选：姓名、职务或单位</source>
            <translation>Filter: name, position or unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="77" />
            <source>筛选成员</source>
            <translation>Filter members</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="87" />
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="185" />
            <source>成立现场指挥部</source>
            <translation>Set up on-site command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="94" />
            <source>指挥长：</source>
            <translation>Commander:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="95" />
            <source>副指挥长：</source>
            <translation>Deputy commanders:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="96" />
            <source>成员：</source>
            <translation>Members:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="98" />
            <source>时间：</source>
            <translation>Time:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="99" />
            <source>调整原因：</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="106" />
            <source>历次组成</source>
            <translation>Earlier compositions</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="114" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="156" />
            <source>（不设）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="184" />
            <source>调整必须写明原因</source>
            <translation>A change needs a reason</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="238" />
            <source>现场指挥部已调整。</source>
            <translation>On-site command changed.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="238" />
            <source>现场指挥部已成立。</source>
            <translation>On-site command set up.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="185" />
            <source>保存调整</source>
            <translation>Save change</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="187" />
            <source>保存后，事件进入“现场指挥部已成立”。</source>
            <translation>After saving, the incident moves to “On-site command set up”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="200" />
            <source>尚未成立现场指挥部。</source>
            <translation>No on-site command yet.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="147" />
            <source>现场指挥部 — {number}</source>
            <translation>On-site command — {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="189" />
            <source>事件已过“成立现场指挥部”这一步：保存即补记其组成。</source>
            <translation>The incident is past “Set up on-site command”: saving records its members after the fact.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="191" />
            <source>调整会作为新的一次组成记入时间线，原组成保留。</source>
            <translation>A change is recorded on the timeline as a new composition; the earlier one is kept.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="194" />
            <source>第 {n} 次　{at}　{by}记录</source>
            <translation>No. {n} · {at} · recorded by {by}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="234" />
            <source>看不懂这个时间：请写成 09:35 或 03-05 09:35</source>
            <translation>Cannot read this time: write it as 09:35 or 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="151" />
            <source>指挥：{line}</source>
            <translation>Command: {line}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="197" />
            <source>　原因：{r}</source>
            <translation> Reason: {r}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="790" />
            <source>日期/问题</source>
            <translation>Date/problem</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="790" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="800" />
            <source>双击或按回车：跳到排班表中的位置</source>
            <translation>Double-click or Enter: jump to the place in the roster</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="86" />
            <location filename="../../xianghua_console/gui/progress.py" line="88" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="122" />
            <source>正在取消……</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="98" />
            <source>这项工作开始后不能中途停止。</source>
            <translation>This work cannot be stopped once started.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="229" />
            <location filename="../../xianghua_console/gui/progress.py" line="258" />
            <source>已开始写入，不能再取消；请等它完成。</source>
            <translation>Writing has started and can no longer be cancelled; please wait for it to finish.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="300" />
            <source>请稍候</source>
            <translation>Please wait</translation>
        </message>
    </context>
    <context>
        <name>ReceiptTableModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="256" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="257" />
            <source>信息员</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="258" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="259" />
            <source>回执</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="260" />
            <source>回执时间</source>
            <translation>Confirmed at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="261" />
            <source>回执人</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="262" />
            <source>登记</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="289" />
            <source>（无电话）</source>
            <translation>(no phone)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="291" />
            <source>已回执</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="291" />
            <source>未回执</source>
            <translation>Not confirmed</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsPanel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="367" />
            <source>　关联事件 {number}</source>
            <translation> Related incident {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="372" />
            <source>&lt;b&gt;{number}&lt;/b&gt;　{title}&lt;br&gt;{issuer} {issued} 发布　主送：{recipients}{link}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; · {title}&lt;br&gt;Issued by {issuer} {issued} · To: {recipients}{link}</translation>
        </message>
    </context>
    <context>
        <name>RecordsWatch</name>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="89" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="90" />
            <source>放弃</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="193" />
            <source>有人绕过值班台改动了数据库中的记录，这些记录已不能作为依据。请立即报告办公室主任，用 xianghua-console check 核查，必要时从备份恢复。</source>
            <translation>Records in the database were changed outside the console and can no longer be relied on. Report this to the office director at once, check with xianghua-console check, and restore from a backup if needed.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="190" />
            <source>另有 {n} 处。</source>
            <translation>{n} more.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="225" />
            <source>上次未保存的{what}（{when}{who}），是否恢复？</source>
            <translation>Restore the unsaved {what} from last time ({when}{who})?</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="192" />
            <source>记录完整性校验未通过：</source>
            <translation>Record integrity check failed:</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="342" />
            <source>报表</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="237" />
            <source>日报汇总表（报县）</source>
            <translation>Daily report summary (for the county)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="242" />
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="250" />
            <source>列出信息员姓名和电话</source>
            <translation>List officers' names and phones</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="260" />
            <source>每天一张表；多天另加汇总表。双击下表某天即选中该天。</source>
            <translation>One sheet per day; several days add a summary sheet. Double-click a day below to select it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="264" />
            <source>周报</source>
            <translation>Weekly report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="270" />
            <source>打印预览…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="273" />
            <source>保存 PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="276" />
            <source>保存 Excel…</source>
            <translation>Save Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="285" />
            <source>台账</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="287" />
            <source>全部记录</source>
            <translation>All records</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="294" />
            <source>导出台账…</source>
            <translation>Export ledger…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="423" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="444" />
            <source>导出日报汇总表</source>
            <translation>Export daily report summary</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="472" />
            <source>保存周报 PDF</source>
            <translation>Save weekly report PDF</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="486" />
            <source>正在排版 PDF……</source>
            <translation>Laying out the PDF…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="501" />
            <source>保存周报 Excel</source>
            <translation>Save weekly report Excel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="555" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="557" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="572" />
            <source>导出台账</source>
            <translation>Export ledger</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="245" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="299" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="247" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="301" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="256" />
            <source>县里的汇总表列有各单位信息员；不勾选则这两列留空</source>
            <translation>The county's summary lists each unit's information officer; unticked, these two columns stay empty</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="257" />
            <source>当前账号无权查看报告人姓名和电话</source>
            <translation>This account may not see reporters' names and phones</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="279" />
            <source>周</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="335" />
            <source> 本周</source>
            <translation> this week</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="456" />
            <source>已导出日报汇总表（{d}）：{p}</source>
            <translation>Daily report summary exported ({d}): {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="467" />
            <source>读取周报数据</source>
            <translation>Reading the weekly report data</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="497" />
            <source>已保存周报 PDF（{w}）：{p}</source>
            <translation>Weekly report PDF saved ({w}): {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="511" />
            <source>导出周报</source>
            <translation>Export weekly report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="513" />
            <source>已保存周报 Excel（{w}）：{p}</source>
            <translation>Weekly report Excel saved ({w}): {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="540" />
            <source>已打开周报 {w} 的打印预览。</source>
            <translation>Opened the print preview of weekly report {w}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="571" />
            <source>结束日期不能早于开始日期。</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="573" />
            <source>已导出台账：{p}</source>
            <translation>Ledger exported: {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="601" />
            <source>上一个导出还没完成，请稍候。</source>
            <translation>The previous export is still running; please wait.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="331" />
            <source>{week}（{first} 至 {last}）</source>
            <translation>{week} ({first} to {last})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="366" />
            <source>逐日汇总，共 {n} 天</source>
            <translation>Day by day, {n} days</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="420" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="555" />
            <source>{first}至{last}</source>
            <translation>{first} to {last}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="423" />
            <source>日报汇总表-{span}.xlsx</source>
            <translation>daily-reports-{span}.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="449" />
            <source>应报 {e}，按时 {o}，迟报 {l}，缺报 {m}，未报 {p}</source>
            <translation>Expected {e}, on time {o}, late {l}, missing {m}, not reported {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="454" />
            <source>{n} 天，每天一张表，另加汇总表</source>
            <translation>{n} days, one sheet per day plus a summary</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="472" />
            <source>周报-{week}.pdf</source>
            <translation>weekly-report-{week}.pdf</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="501" />
            <source>周报-{week}.xlsx</source>
            <translation>weekly-report-{week}.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="531" />
            <source>打印预览 — {t}</source>
            <translation>Print preview — {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="557" />
            <source>台账-{span}.xlsx</source>
            <translation>ledger-{span}.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="370" />
            <source>合计：事件 {i} 起，迟报 {late} 次，过截止未报/缺报 {miss} 次</source>
            <translation>Total: {i} incidents, {late} late reports, {miss} not reported by the cutoff/missing</translation>
        </message>
    </context>
    <context>
        <name>RosterDialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1437" />
            <source>人员信息中标为“可带班领导”的人</source>
            <translation>people marked “can lead a shift”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1438" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1439" />
            <source>既不是带班领导也不是驾驶员的人</source>
            <translation>people who are neither shift leaders nor drivers</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1440" />
            <source>人员信息中标为“驾驶员”的人</source>
            <translation>people marked “driver”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1052" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1103" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1053" />
            <source>本办设定</source>
            <translation>Office's setting</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1054" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1115" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1055" />
            <source>日历原为</source>
            <translation>Calendar said</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1056" />
            <source>录入</source>
            <translation>Entered by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="86" />
            <source>{month}月{day}日 {weekday}</source>
            <translation>{month}-{day} {weekday}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="172" />
            <source>现排在这里</source>
            <translation>on this place now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="232" />
            <source>筛选：如 郝 / hj / 1390</source>
            <translation>Filter: e.g. 郝 / hj / 1390</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="233" />
            <source>筛选人员</source>
            <translation>Filter people</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="238" />
            <source>可排的人员</source>
            <translation>People available</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="241" />
            <source>排定（Enter）</source>
            <translation>Place (Enter)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="245" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="559" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="653" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="715" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="790" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="937" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1476" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="357" />
            <source>请假、出差登记</source>
            <translation>Leave and trips</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="372" />
            <source>从哪天</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="375" />
            <source>到哪天</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="383" />
            <source>如：赴县参加培训</source>
            <translation>e.g. training in the county town</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="384" />
            <source>登记</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="387" />
            <source>取消这些天的登记</source>
            <translation>Remove these days</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="395" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1013" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1132" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="399" />
            <source>人员：</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="405" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="808" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1139" />
            <source>日期：</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="406" />
            <source>类别：</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="407" />
            <source>备注：</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="414" />
            <source>登记后排班表不会自动改动：已排在这些天的人会在“检查”中列出，请调班或换人。</source>
            <translation>Recording does not change the roster: anyone scheduled on these days is listed under “Checks”; swap or replace them.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="529" />
            <source>调班申请</source>
            <translation>Swap request</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="545" />
            <source>对换：申请人改值接班同事的一个班次</source>
            <translation>Swap: the requester takes one of the colleague's shifts instead</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="554" />
            <source>如：当天需赴县开会</source>
            <translation>e.g. a meeting in the county town that day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="555" />
            <source>提交申请</source>
            <translation>Submit request</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="563" />
            <source>接班同事：</source>
            <translation>Colleague:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="565" />
            <source>对换的班次：</source>
            <translation>Shift to swap:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="566" />
            <source>原因：</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="567" />
            <source>调班须经接班同事同意、办公室主任批准后才生效；批准前排班表不变。</source>
            <translation>A swap takes effect once the colleague agrees and the office director approves; until then the roster is unchanged.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="652" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="686" />
            <source>自动排班</source>
            <translation>Generate roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="709" />
            <source>同时替换手工排定的班次（含调班、导入的）</source>
            <translation>Also replace places set by hand (including swaps and imports)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="714" />
            <source>开始排班</source>
            <translation>Generate</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="750" />
            <source>应急保障：经费、车辆、派出所备勤</source>
            <translation>Emergency supplies: funds, vehicle, police standby</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="762" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="918" />
            <source> 元</source>
            <translation> yuan</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="766" />
            <source>车牌号，如 豫R·A1234</source>
            <translation>Number plate, e.g. 豫R·A1234</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="770" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="925" />
            <source>如：派出所应急分队 王建军（队长）</source>
            <translation>e.g. Police emergency squad, Wang Jianjun (leader)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="774" />
            <source>队长手机或值班电话，如 13903960110</source>
            <translation>Squad leader's mobile or duty phone, e.g. 13903960110</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="775" />
            <source>填入默认</source>
            <translation>Use default</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="784" />
            <source>用于本值班期的每一天</source>
            <translation>For every day of this duty period</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="786" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1472" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="800" />
            <source>应急经费</source>
            <translation>Emergency fund</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="801" />
            <source>应急车辆</source>
            <translation>Emergency vehicle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="802" />
            <source>派出所备勤联系人</source>
            <translation>Police standby contact</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="803" />
            <source>派出所备勤电话</source>
            <translation>Police standby phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="809" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="944" />
            <source>应急经费：</source>
            <translation>Emergency fund:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="810" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="945" />
            <source>应急车辆：</source>
            <translation>Emergency vehicle:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="811" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="946" />
            <source>派出所备勤联系人：</source>
            <translation>Police standby contact:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="815" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="947" />
            <source>派出所备勤电话：</source>
            <translation>Police standby phone:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="909" />
            <source>新建值班期</source>
            <translation>New duty period</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="921" />
            <source>车牌号</source>
            <translation>Number plate</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="929" />
            <source>队长手机或值班电话</source>
            <translation>Squad leader's mobile or duty phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="934" />
            <source>建立</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="941" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1141" />
            <source>名称：</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="942" />
            <source>开始日期：</source>
            <translation>Start date:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="943" />
            <source>结束日期：</source>
            <translation>End date:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="987" />
            <source>排班表未导入</source>
            <translation>Roster not imported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="996" />
            <source>未导入的原因</source>
            <translation>Why not imported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1080" />
            <source>法定节假日和调休上班日取自 chinese-calendar；这里登记本办自己的调整（如县里通知的调休、本地节日），它优先于日历。轮换排班时周末和节假日分开平衡。</source>
            <translation>Public holidays and make-up working days come from chinese-calendar; record the office's own changes here (e.g. a make-up day the county announced, a local festival). They take precedence over the calendar. The rotation balances weekends and holidays separately.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1088" />
            <source>本办的日历调整</source>
            <translation>The office's calendar changes</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1110" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1117" />
            <source>如：县里通知的调休、本镇庙会</source>
            <translation>e.g. a make-up day the county announced, the town's temple fair</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1118" />
            <source>保存这一天</source>
            <translation>Save this day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1122" />
            <source>删除这一天的设定</source>
            <translation>Remove this day's setting</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1140" />
            <source>本办设定为：</source>
            <translation>Office sets it as:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1219" />
            <source>日历：</source>
            <translation>Calendar:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1295" />
            <source>输入姓名或拼音首字母</source>
            <translation>Type a name or its pinyin initials</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1301" />
            <source>加入</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1305" />
            <source>移出所选</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1453" />
            <source>轮换人员库</source>
            <translation>Rotation pools</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1456" />
            <source>自动排班按岗位从人员库中轮流排人（全办通用，各值班期相同）。只能加入适合该岗位的人：带班领导须是可带班的领导，驾驶员须是驾驶员。请假、出差另在“请假/出差”中登记。</source>
            <translation>The generator takes people in turn from each post's pool (one set for the whole office, the same for every duty period). Only people fit for the post can be added: shift leaders must be leaders who can lead a shift, drivers must be drivers. Record leave and trips under “Leave/trips”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="312" />
            <source>请先在列表中选一个人。</source>
            <translation>Select a person in the list first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="329" />
            <source>已排定：{day}{slot} {name}。</source>
            <translation>Placed: {day} {slot} {name}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="334" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1570" />
            <source>注意：</source>
            <translation>Note: </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="402" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="422" />
            <source>本值班期已登记：</source>
            <translation>Recorded in this duty period:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="440" />
            <source>（没有）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="470" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="492" />
            <source>请从列表中选择人员。</source>
            <translation>Choose a person from the list.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="602" />
            <source>请选择接班的同事。</source>
            <translation>Choose the colleague.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="606" />
            <source>这位同事在本值班期没有可对换的班次。</source>
            <translation>This colleague has no shift to swap in this duty period.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="668" />
            <source>请填写。</source>
            <translation>Please fill in.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="999" />
            <source>工作表</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="999" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="999" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="999" />
            <source>栏目</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="999" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1041" />
            <source>　— {y}年没有法定节假日数据，按周末计</source>
            <translation> — no public holiday data for {y}: weekends only</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1194" />
            <source>（还没有本办的调整）</source>
            <translation>(no changes by the office yet)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="130" />
            <source>本期{n}班</source>
            <translation>{n} shifts this period</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="221" />
            <source>选择{slot} — {day}</source>
            <translation>Choose {slot} — {day}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="225" />
            <source>{day}　{slot}（第{n}位）。输入姓名、拼音首字母或电话筛选，回车排定，Esc 取消。</source>
            <translation>{day} · {slot} (place {n}). Type a name, pinyin initials or phone to filter; Enter places, Esc cancels.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="434" />
            <source>　（{by} {at} 登记）</source>
            <translation> (recorded by {by} {at})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="504" />
            <source>这些天本来就没有登记。</source>
            <translation>Nothing was recorded on these days.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="534" />
            <source>申请人：&lt;b&gt;{name}&lt;/b&gt;　{day}　{slot}</source>
            <translation>Requested by: &lt;b&gt;{name}&lt;/b&gt; · {day} · {slot}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="689" />
            <source>按人员库轮流为“{name}”排班：不连值两班，避开请假、出差，平衡每人的班数，周末和节假日单独平衡。&lt;br&gt;已有的自动排班会被替换；手工排定、调班和导入的班次默认保留。</source>
            <translation>Generate “{name}” in turn from the pools: no two shifts in a row, around leave and trips, balancing everyone's number of shifts, weekends and holidays balanced separately.&lt;br&gt;Existing generated places are replaced; places set by hand, swaps and imports are kept by default.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="699" />
            <source>值班期已过去 {n} 天：已开始的班次是实际在班的记录，保持不变，只重排以后的班次。</source>
            <translation>{n} days of the duty period have passed: shifts already started are records of who was on duty and stay; only later shifts are regenerated.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="778" />
            <source>填入设置中的派出所备勤联系人和电话：{c} {p}</source>
            <translation>Fill in the police standby contact and phone from Settings: {c} {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="912" />
            <source>如：{y}年全国两会期间</source>
            <translation>e.g. {y} National People's Congress sessions</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="989" />
            <source>“{file}”有 {n} 处问题，&lt;b&gt;没有导入任何一行&lt;/b&gt;，排班表未作改动。请在 Excel 中改正后重新导入。</source>
            <translation>“{file}”: problems found: {n}. &lt;b&gt;No row was imported&lt;/b&gt; and the roster is unchanged. Correct it in Excel and import it again.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1072" />
            <source>{year}年</source>
            <translation>{year}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1074" />
            <source>{first}—{last}年</source>
            <translation>{first}–{last}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1076" />
            <source>日历调整：本办的节假日和调休上班日（{span}）</source>
            <translation>Calendar: the office's holidays and make-up working days ({span})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1221" />
            <source>；本办已设为{k}</source>
            <translation>; set by the office as {k}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1275" />
            <source>由本办指定{slot}人员库</source>
            <translation>The office chooses the {slot} pool</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1278" />
            <source>不勾选：按人员信息自动确定（{rule}）</source>
            <translation>Unticked: decided from the staff records ({rule})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1287" />
            <source>{slot}人员库</source>
            <translation>{slot} pool</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1292" />
            <source>加入{slot}人员库的人</source>
            <translation>Person to add to the {slot} pool</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1333" />
            <source>轮换不会排这些已指定的人：</source>
            <translation>The rotation will not place these chosen people:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="178" />
            <source>前一天值班，不宜连值</source>
            <translation>on duty the day before: avoid two in a row</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="279" />
            <source>没有符合“{t}”的人员。</source>
            <translation>Nobody matches “{t}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="483" />
            <source>已登记{name}{kind}{n}天。</source>
            <translation>Recorded {name}: {kind}, {n} days.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="779" />
            <source>（未设置）</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1362" />
            <source>本办指定的人员；轮换只从他们中排{slot}。</source>
            <translation>People chosen by the office; the rotation takes the {slot} only from them.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1364" />
            <source>按人员信息自动确定：{rule}。勾选上面一项可指定具体人员。</source>
            <translation>Decided from the staff records: {rule}. Tick the option above to choose the people.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1378" />
            <source>（没有合适的人员）</source>
            <translation>(nobody suitable)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1509" />
            <source>（默认）</source>
            <translation>(default)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1516" />
            <source>{posts}的人员库是空的：请加入人员，或取消勾选“由本办指定”以按人员信息自动确定。</source>
            <translation>The pool for {posts} is empty: add people, or untick “The office chooses” to decide from the staff records.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="174" />
            <source>当天已排在{slot}</source>
            <translation>already {slot} that day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="176" />
            <source>当天{kind}</source>
            <translation>{kind} that day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="180" />
            <source>后一天值班，不宜连值</source>
            <translation>on duty the day after: avoid two in a row</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="502" />
            <source>已取消{name}{n}天的登记。</source>
            <translation>Removed {n} days recorded for {name}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1234" />
            <source>已保存：{day}按{kind}排班。</source>
            <translation>Saved: {day} is scheduled as {kind}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1246" />
            <source>{day}没有本办的设定，无须删除。</source>
            <translation>{day} has no setting by the office: nothing to remove.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1252" />
            <source>已删除{day}的设定，这一天按日历排班。</source>
            <translation>Removed the setting of {day}; the day follows the calendar.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1508" />
            <source>{slot} {n}人</source>
            <translation>{slot}: {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="182" />
            <source>不在本岗位人员库</source>
            <translation>not in this post's pool</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="73" />
            <source>人</source>
            <translation>people</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="72" />
            <source>分钟</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="72" />
            <source>天</source>
            <translation>days</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="72" />
            <source>小时</source>
            <translation>hours</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="75" />
            <source>时限</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="91" />
            <source>日报与值班</source>
            <translation>Daily reports and roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="110" />
            <source>本办</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="118" />
            <source>本机</source>
            <translation>This computer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="157" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="168" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="172" />
            <source>保存全部修改（Ctrl+S）</source>
            <translation>Save all changes (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="175" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="207" />
            <source>恢复本页默认值</source>
            <translation>Restore defaults on this page</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="209" />
            <source>把本页各项改回预案的默认值（保存后才生效）</source>
            <translation>Set this page back to the plan's defaults (takes effect when saved)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="240" />
            <source>：</source>
            <translation>:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="316" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="316" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="389" />
            <source>请填 {low} 到 {high} 之间的整数{unit}</source>
            <translation>Enter a whole number from {low} to {high}{unit}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="76" />
            <source>事件时限（预案四、应急反应）</source>
            <translation>Incident deadlines (plan IV, emergency response)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="83" />
            <source>通知与提醒</source>
            <translation>Notices and alerts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="92" />
            <source>日报和研判会（预案五、工作机制）</source>
            <translation>Daily reports and meetings (plan V, working arrangements)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="97" />
            <source>值班备勤（预案五、4）</source>
            <translation>Duty and standby (plan V.4)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="111" />
            <source>报表和打印上的名称</source>
            <translation>Names on reports and printouts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="119" />
            <source>工作站</source>
            <translation>Workstation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="264" />
            <source>不锁定</source>
            <translation>Never</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="506" />
            <source>已读取最新设置，你的修改保留；标出的项目对方也改过，请核对后再保存。</source>
            <translation>Loaded the latest settings; your changes are kept. The marked items were also changed on the other computer: check them before saving.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="233" />
            <source>范围 {low}–{high} {unit}</source>
            <translation>Range {low}–{high} {unit}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="77" />
            <source>事发后报告信访办</source>
            <translation>Report to the petition office after the event</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="78" />
            <source>超过即记为迟报</source>
            <translation>Later counts as a late report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="79" />
            <source>接报后报告镇主要领导</source>
            <translation>Report to the town's principal leaders after receipt</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="80" />
            <source>分派后分指挥部接收</source>
            <translation>Sub-command accepts after assignment</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="81" />
            <source>应急结束后提交专题报告</source>
            <translation>Special report after the emergency ends</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="84" />
            <source>预警通知回执时限（默认）</source>
            <translation>Warning notice receipt deadline (default)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="85" />
            <source>发布通知时预填，可逐份修改</source>
            <translation>Filled in when a notice is issued; can be changed per notice</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="86" />
            <source>时限到期前提前提醒</source>
            <translation>Alert before a deadline is due</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="87" />
            <source>倒计时在此之内变为黄色</source>
            <translation>Countdowns turn amber within this time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="88" />
            <source>已确认仍未完成时再次提醒</source>
            <translation>Remind again when acknowledged but still open</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="93" />
            <source>日报截止时间</source>
            <translation>Daily report cutoff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="94" />
            <source>只在值班期间收日报</source>
            <translation>Collect daily reports only during duty periods</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="95" />
            <source>每周研判会次数</source>
            <translation>Analysis meetings per week</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="95" />
            <source>次</source>
            <translation>times</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="98" />
            <source>交接班时间</source>
            <translation>Shift change time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="99" />
            <source>带班领导</source>
            <translation>Shift leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="100" />
            <source>值班人员（最少）</source>
            <translation>Duty staff (minimum)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="101" />
            <source>备勤人员（最少）</source>
            <translation>Standby staff (minimum)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="102" />
            <source>备勤人员（最多）</source>
            <translation>Standby staff (maximum)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="103" />
            <source>应急车辆</source>
            <translation>Emergency vehicle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="103" />
            <source>辆</source>
            <translation>vehicles</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="104" />
            <source>应急经费不少于</source>
            <translation>Emergency fund at least</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="104" />
            <source>元</source>
            <translation>yuan</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="105" />
            <source>派出所备勤分队（默认）</source>
            <translation>Police standby squad (default)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="107" />
            <source>派出所备勤电话（默认）</source>
            <translation>Police standby phone (default)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="112" />
            <source>镇名</source>
            <translation>Town name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="113" />
            <source>办公室名称</source>
            <translation>Office name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="114" />
            <source>办公室电话</source>
            <translation>Office phones</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="120" />
            <source>无操作自动锁定</source>
            <translation>Lock after inactivity</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="121" />
            <source>0 为不锁定</source>
            <translation>0 = never lock</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="122" />
            <source>自动备份保留</source>
            <translation>Automatic backups kept</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="122" />
            <source>份</source>
            <translation>copies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="123" />
            <source>每天一份，超出的最旧一份删除</source>
            <translation>One a day; the oldest beyond this is deleted</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="124" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="390" />
            <source>（{u}）</source>
            <translation> ({u})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="541" />
            <source>另一台电脑也改了这一项，改为：{v}（这里保留了你填写的）</source>
            <translation>Another computer changed this too, to: {v} (what you entered is kept here)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="106" />
            <source>新排的班次预填，可逐日修改</source>
            <translation>Filled in for new shifts; can be changed per day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="115" />
            <source>多个号码用“、”或空格隔开</source>
            <translation>Separate several numbers with “、” or spaces</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="124" />
            <source>重新打开值班台后生效</source>
            <translation>Takes effect when the console is reopened</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="141" />
            <source>表格</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="151" />
            <source>快捷键</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="153" />
            <source>以下按键取自值班台当前的菜单和按钮。对话框中：Ctrl+S 或回车保存，Esc 取消。</source>
            <translation>These keys are taken from the console's current menus and buttons. In dialogs: Ctrl+S or Enter saves, Esc cancels.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="157" />
            <source>快捷键列表</source>
            <translation>Shortcut list</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="171" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="44" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="104" />
            <location filename="../../xianghua_console/gui/shortcuts.py" line="111" />
            <location filename="../../xianghua_console/gui/shortcuts.py" line="124" />
            <source>任何视图</source>
            <translation>Any view</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="158" />
            <source>按键</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="158" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="158" />
            <source>适用于</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="74" />
            <source>（{k}）</source>
            <translation> ({k})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="115" />
            <source>{menu} › {what}</source>
            <translation>{menu} › {what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="107" />
            <source>{view}（{widget}中）</source>
            <translation>{view} (in {widget})</translation>
        </message>
    </context>
    <context>
        <name>SituationDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="105" />
            <source>情况内容</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="109" />
            <source>紧急</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="87" />
            <source>日报：有情况</source>
            <translation>Daily report: situation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="87" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="106" />
            <source>报来的情况：何时、何地、何事、涉及人数、处置情况</source>
            <translation>What was reported: when, where, what, how many people, action taken</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="110" />
            <source>紧急情况：保存后立即登记为事件（接报登记）</source>
            <translation>Urgent: log it as an incident right after saving</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="93" />
            <source>日期：{d}</source>
            <translation>Date: {d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="99" />
            <source>已过 {t} 截止时间：这份日报将记为迟报。</source>
            <translation>Past the {t} cutoff: this daily report will be recorded as late.</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="107" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="107" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="107" />
            <source>所属单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="107" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="108" />
            <source>带班领导</source>
            <translation>Shift leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="108" />
            <source>驾驶员</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="108" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="111" />
            <source>（镇领导）</source>
            <translation>(town leader)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="112" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="112" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
    </context>
    <context>
        <name>StartupError</name>
        <message>
            <location filename="../../xianghua_console/gui/app.py" line="200" />
            <source>可用 --db 指定另一个数据库，或用 xianghua-console check 检查这个数据库。</source>
            <translation>Use --db to choose another database, or run xianghua-console check to check this one.</translation>
        </message>
    </context>
    <context>
        <name>SwapsModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="817" />
            <source>编号/状态</source>
            <translation>No./status</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="817" />
            <source>调班</source>
            <translation>Swaps</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="817" />
            <source>经过（谁、何时）</source>
            <translation>History (who, when)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="842" />
            <source>申请：{who}（{by} {at} 录入）</source>
            <translation>Requested: {who} (entered by {by} {at})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="822" />
            <source>第{n}号
{status}</source>
            <translation>No. {n}
{status}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="848" />
            <source>同意：{who}（{by} {at} 录入）</source>
            <translation>Agreed: {who} (entered by {by} {at})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="854" />
            <source>批准：{who}（{by} {at} 录入）</source>
            <translation>Approved: {who} (entered by {by} {at})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="859" />
            <source>{status}：{by} {at}</source>
            <translation>{status}: {by} {at}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="825" />
            <source>（原因：{r}）</source>
            <translation> (reason: {r})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="862" />
            <source>，原因：{r}</source>
            <translation>, reason: {r}</translation>
        </message>
    </context>
    <context>
        <name>UnitModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="90" />
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="90" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="90" />
            <source>信访信息员</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="90" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="91" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="101" />
            <source>输入名称或拼音首字母，如“东岗”或 dgc</source>
            <translation>Type a name or its pinyin initials, e.g. “东岗” or dgc</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="163" />
            <source>未选定单位</source>
            <translation>No unit chosen</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="160" />
            <source>✓ {kind}</source>
            <translation>✓ {kind}</translation>
        </message>
    </context>
    <context>
        <name>WeekMeetingsModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="76" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="77" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="78" />
            <source>信息员</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="79" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="80" />
            <source>本周已开</source>
            <translation>Held this week</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="81" />
            <source>召开日期</source>
            <translation>Held on</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="82" />
            <source>参会人数</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="83" />
            <source>登记</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="84" />
            <source>排查出的问题</source>
            <translation>Problems found</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="85" />
            <source>采取的措施</source>
            <translation>Measures taken</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="123" />
            <source>未指定</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="128" />
            <source>未开</source>
            <translation>Not held</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="129" />
            <source>{n} 次</source>
            <translation>{n}</translation>
        </message>
    </context>
    <context>
        <name>alerts</name>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="82" />
            <source>已超时</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="82" />
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="85" />
            <source>{stage}：{number}{who} {kind}，时限 {due}</source>
            <translation>{stage}: {number}{who} {kind}, due {due}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="297" />
            <source>时限已超时</source>
            <translation>Deadline overdue</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="297" />
            <source>时限即将到期</source>
            <translation>Deadline due soon</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="363" />
            <source>时限提醒</source>
            <translation>Deadline alerts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="89" />
            <location filename="../../xianghua_console/gui/alerts.py" line="384" />
            <source>（{left}）</source>
            <translation> ({left})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="389" />
            <source>确认</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="391" />
            <source>确认已知晓：记入时间线；时限仍未完成的，稍后再次提醒</source>
            <translation>Acknowledge: recorded on the timeline; a deadline still open will remind again later</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="394" />
            <source>查看</source>
            <translation>View</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="301" />
            <source>另有 {n} 条</source>
            <translation>+{n} more</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="441" />
            <source>另有 {n} 条时限提醒，见事件面板。</source>
            <translation>More deadline alerts: {n} (see the incident panel).</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="53" />
            <location filename="../../xianghua_console/domain/command.py" line="53" />
            <source>{weight}：由{body}统一指挥、直接处置</source>
            <translation>{weight}: {body} commands and acts directly</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="48" />
            <location filename="../../xianghua_console/domain/command.py" line="48" />
            <source>{weight}：由现场指挥部负责处置</source>
            <translation>{weight}: handled by the on-site command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="52" />
            <location filename="../../xianghua_console/domain/command.py" line="52" />
            <source>{weight}：由{body}指导协调</source>
            <translation>{weight}: coordinated by {body}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="51" />
            <location filename="../../xianghua_console/domain/command.py" line="51" />
            <source>{weight}：由分指挥部指导协调</source>
            <translation>{weight}: coordinated by the sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="69" />
            <location filename="../../xianghua_console/domain/command.py" line="69" />
            <source>“{body}”还没有指定负责人{post}。可以先分派，但请尽快在“目录 → 指挥机构”中指定，以便联系。</source>
            <translation>“{body}” has no head yet{post}. You can assign it now, but please name one soon under “Directory → Command bodies” so that someone can be reached.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="67" />
            <source>（按预案由{post}担任）</source>
            <translation> (by the plan: the {post})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/directory.py" line="32" />
            <location filename="../../xianghua_console/domain/directory.py" line="32" />
            <source>电话号码“{phone}”格式不对（手机 11 位；座机 7–8 位，可带区号如 0394-6952565）</source>
            <translation>The phone number “{phone}” is not valid (a mobile has 11 digits; a landline 7–8, optionally with an area code such as 0394-6952565)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/holidays.py" line="68" />
            <location filename="../../xianghua_console/domain/holidays.py" line="68" />
            <source>{year}年</source>
            <translation>{year}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/holidays.py" line="74" />
            <source>没有{years}的法定节假日和调休数据{known}，这些日子按周末和本办自设的节假日、调休上班日区分；请核对并补录本办的节假日设置。</source>
            <translation>There are no public holiday and make-up workday data for {years}{known}; those days are told apart by weekends and the office’s own holidays and make-up workdays. Please check them and add the office’s holiday settings.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/holidays.py" line="72" />
            <source>（日历数据只到 {first}—{last} 年）</source>
            <translation> (calendar data cover {first}–{last} only)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/lifecycle.py" line="69" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="69" />
            <source>事件当前为“{status}”，须先到“{needed}”才能{step}。</source>
            <translation>The incident is “{status}”; it must reach “{needed}” before “{step}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/lifecycle.py" line="66" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="66" />
            <source>事件已结案，不能再{step}。</source>
            <translation>The incident is closed; “{step}” is no longer possible.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/lifecycle.py" line="68" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="68" />
            <source>事件已处于“{status}”，“{step}”这一步已经过去了。</source>
            <translation>The incident is already “{status}”; the step “{step}” is past.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/lifecycle.py" line="52" />
            <source>事件基本情况</source>
            <translation>What happened</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/lifecycle.py" line="53" />
            <source>处置情况</source>
            <translation>How it was handled</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/lifecycle.py" line="54" />
            <source>原因分析</source>
            <translation>Causes</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/lifecycle.py" line="55" />
            <source>善后处置情况</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/lifecycle.py" line="56" />
            <source>拟采取的防范措施</source>
            <translation>Measures to prevent it</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/limits.py" line="26" />
            <source>{label}不能超过 {limit} 个字（现有 {n} 个字）</source>
            <translation>{label} can have at most {limit} characters (it has {n})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="150" />
            <location filename="../../xianghua_console/domain/permissions.py" line="150" />
            <source>“{action}”需要{roles}权限，{who}不能操作。</source>
            <translation>“{action}” needs the {roles} role; {who} may not do it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="148" />
            <source>当前账号（{actor}，{role}）</source>
            <translation>the current account ({actor}, {role})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="149" />
            <source>{role}账号</source>
            <translation>a {role} account</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="109" />
            <location filename="../../xianghua_console/domain/roster_checks.py" line="109" />
            <source>{start:%m月%d日%H:%M}至{end:%m月%d日%H:%M}</source>
            <translation>{start:%m-%d %H:%M} to {end:%m-%d %H:%M}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="418" />
            <source>应急经费{fund}元</source>
            <translation>Emergency fund ¥{fund:,}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="419" />
            <source>应急经费{fund}元（不足{least}元）</source>
            <translation>Emergency fund ¥{fund:,} (less than ¥{least:,})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="428" />
            <source>驾驶员{names}</source>
            <translation>Driver {names}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="429" />
            <source>驾驶员未到位</source>
            <translation>No driver</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="432" />
            <source>备勤人员{n}人</source>
            <translation>Standby staff: {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="433" />
            <source>备勤人员{n}人（少于{least}人）</source>
            <translation>Standby staff: {n} (fewer than {least})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="423" />
            <source>应急车辆{plate}</source>
            <translation>Emergency vehicle {plate}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="423" />
            <source>未落实应急车辆</source>
            <translation>No emergency vehicle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="186" />
            <source>{day:%m月%d日}{name}不是带班领导，不能排在{slot}</source>
            <translation>{day:%m-%d}: {name} is not a shift leader and cannot be placed as {slot}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="189" />
            <source>{day:%m月%d日}{name}不是驾驶员，不能排在{slot}</source>
            <translation>{day:%m-%d}: {name} is not a driver and cannot be placed as {slot}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="209" />
            <source>{hours}无带班领导</source>
            <translation>No shift leader {hours}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="221" />
            <source>{day:%m月%d日}值班人员{n}人，少于{least}人</source>
            <translation>{day:%m-%d}: {n} duty staff, fewer than {least}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="234" />
            <source>{day:%m月%d日}备勤人员{n}人，少于{least}人</source>
            <translation>{day:%m-%d}: {n} standby staff, fewer than {least}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="140" />
            <source>{day:%m月%d日}没有排班：{hours}无带班领导</source>
            <translation>{day:%m-%d} has no roster: no shift leader {hours}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="178" />
            <source>{day:%m月%d日}{name}已登记{kind}，却排在{slot}</source>
            <translation>{day:%m-%d}: {name} is marked “{kind}” but placed as {slot}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="247" />
            <source>{day:%m月%d日}{name}同时排在{first}和{slot}</source>
            <translation>{day:%m-%d}: {name} is placed both as {first} and as {slot}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="268" />
            <source>{hours}不在任何班次内，无带班领导</source>
            <translation>{hours} is in no shift: no shift leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="327" />
            <source>{name}连值{day:%m月%d日}和{next:%m月%d日}两班</source>
            <translation>{name} is on two shifts in a row, {day:%m-%d} and {next:%m-%d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="302" />
            <source>{day:%m月%d日}{name}另有一个时间重叠的班次（{other:%m月%d日}）</source>
            <translation>{day:%m-%d}: {name} is also on an overlapping shift ({other:%m-%d})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/rotation.py" line="83" />
            <location filename="../../xianghua_console/domain/rotation.py" line="83" />
            <source>{day:%m月%d日}{slot}缺{n}人：{reason}</source>
            <translation>{day:%m-%d}: {slot} short by {n}: {reason}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/rotation.py" line="597" />
            <location filename="../../xianghua_console/domain/rotation.py" line="597" />
            <source>没有可担任{slot}的人员，请先设置人员库</source>
            <translation>Nobody can serve as {slot}; set up the pool first</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/rotation.py" line="129" />
            <source>{first:%m月%d日}至{last:%m月%d日}（{days}天）{slot}每天缺{n}人：{reason}</source>
            <translation>{first:%m-%d} to {last:%m-%d} ({days} days): {slot} short by {n} a day: {reason}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/rotation.py" line="607" />
            <source>可担任的共{n}人</source>
            <translation>{n} people can serve</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/rotation.py" line="609" />
            <source>{n}人请假、出差或另有安排</source>
            <translation>{n} on leave, on a trip or otherwise engaged</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/rotation.py" line="611" />
            <source>{n}人当天已在班</source>
            <translation>{n} already on duty that day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/rotation.py" line="613" />
            <source>{n}人前一天或后一天值班（不能连值两班）</source>
            <translation>{n} on duty the day before or after (no two shifts in a row)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="161" />
            <source>镇名</source>
            <translation>Town name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="162" />
            <source>办公室名称</source>
            <translation>Office name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="163" />
            <source>办公室电话</source>
            <translation>Office phones</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="164" />
            <source>事发报告时限</source>
            <translation>Deadline to report to the petition office</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="165" />
            <source>向主要领导报告时限</source>
            <translation>Deadline to report to the town leaders</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="166" />
            <source>分指挥部接收时限</source>
            <translation>Deadline for the sub-command to accept</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="167" />
            <source>专题报告时限</source>
            <translation>Deadline for the special report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="168" />
            <source>提前提醒</source>
            <translation>Early alert</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="169" />
            <source>再次提醒间隔</source>
            <translation>Reminder interval</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="170" />
            <source>日报截止时间</source>
            <translation>Daily report cutoff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="171" />
            <source>交接班时间</source>
            <translation>Shift change time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="172" />
            <source>每周研判会次数</source>
            <translation>Analysis meetings per week</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="173" />
            <source>带班领导人数</source>
            <translation>Shift leaders per shift</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="174" />
            <source>值班人员最少人数</source>
            <translation>Least duty staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="175" />
            <source>备勤人员最少人数</source>
            <translation>Least standby staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="176" />
            <source>备勤人员最多人数</source>
            <translation>Most standby staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="177" />
            <source>应急车辆数</source>
            <translation>Emergency vehicles</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="178" />
            <source>应急经费下限</source>
            <translation>Least emergency fund</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="179" />
            <source>只在值班期间收日报</source>
            <translation>Collect daily reports only during duty periods</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="180" />
            <source>自动备份保留份数</source>
            <translation>Automatic backups kept</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="181" />
            <source>通知回执时限</source>
            <translation>Notice receipt deadline</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="182" />
            <source>无操作锁屏</source>
            <translation>Lock when idle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="183" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="184" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="228" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="228" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="228" />
            <source>派出所备勤联系人</source>
            <translation>Police standby contact</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="185" />
            <source>派出所备勤电话</source>
            <translation>Police standby phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="114" />
            <location filename="../../xianghua_console/domain/settings.py" line="114" />
            <location filename="../../xianghua_console/domain/settings.py" line="112" />
            <location filename="../../xianghua_console/domain/settings.py" line="112" />
            <source>不能超过 {n} 个字</source>
            <translation>at most {n} characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="117" />
            <location filename="../../xianghua_console/domain/settings.py" line="117" />
            <source>电话号码只能由数字和“-”组成（3 到 20 位），如 13903960110 或 0396-6952110</source>
            <translation>A phone number has only digits and “-” (3 to 20 characters), e.g. 13903960110 or 0396-6952110</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="120" />
            <location filename="../../xianghua_console/domain/settings.py" line="120" />
            <source>只能是 {languages} 之一</source>
            <translation>must be one of {languages}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="93" />
            <source>设置项 {name}（{label}）：{message}</source>
            <translation>Setting {name} ({label}): {message}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="102" />
            <location filename="../../xianghua_console/domain/settings.py" line="102" />
            <source>必须是 {low} 到 {high} 之间的整数，现为 {value}</source>
            <translation>must be a whole number from {low} to {high}, not {value}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="106" />
            <location filename="../../xianghua_console/domain/settings.py" line="106" />
            <source>备勤人员的最多人数不能少于最少人数</source>
            <translation>The most standby staff cannot be fewer than the least</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="110" />
            <location filename="../../xianghua_console/domain/settings.py" line="110" />
            <source>不能为空</source>
            <translation>cannot be empty</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="128" />
            <location filename="../../xianghua_console/domain/settings.py" line="128" />
            <source>至少填一个电话号码</source>
            <translation>enter at least one phone number</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="133" />
            <location filename="../../xianghua_console/domain/settings.py" line="133" />
            <source>只能由数字和“-”组成（3 到 20 位），如 69525655 或 0377-69525655；不合要求的：{bad}</source>
            <translation>only digits and “-” (3 to 20 characters), e.g. 69525655 or 0377-69525655; not valid: {bad}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="218" />
            <source>设置项 {name} 的值不合要求：{value!r}</source>
            <translation>The value of setting {name} is not valid: {value!r}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/settings.py" line="71" />
            <source>设置项 {name} 的值无法读取：{raw!r}</source>
            <translation>The value of setting {name} cannot be read: {raw!r}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="57" />
            <location filename="../../xianghua_console/domain/swaps.py" line="57" />
            <source>调班申请当前为“{status}”，不能{step}。</source>
            <translation>The swap request is “{status}”; “{step}” is not possible.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="48" />
            <location filename="../../xianghua_console/domain/swaps.py" line="48" />
            <source>这次调班已经批准，排班表已按调班结果调整；如需改回，请另提一次调班申请。</source>
            <translation>This swap is already approved and the roster changed accordingly; to undo it, request another swap.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="50" />
            <location filename="../../xianghua_console/domain/swaps.py" line="50" />
            <source>这次调班申请已经未获同意，不能再{step}；如仍需调班，请重新申请。</source>
            <translation>This swap request was declined; “{step}” is no longer possible. Request a new swap if one is still needed.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="52" />
            <location filename="../../xianghua_console/domain/swaps.py" line="52" />
            <source>这次调班申请已经撤回，不能再{step}；如仍需调班，请重新申请。</source>
            <translation>This swap request was withdrawn; “{step}” is no longer possible. Request a new swap if one is still needed.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="54" />
            <location filename="../../xianghua_console/domain/swaps.py" line="54" />
            <source>调班须先经接班的同事同意，才能由办公室主任批准。</source>
            <translation>The colleague taking over must agree to the swap before the office director can approve it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="56" />
            <location filename="../../xianghua_console/domain/swaps.py" line="56" />
            <source>同事已经同意过这次调班，正等待办公室主任批准。</source>
            <translation>The colleague has already agreed to this swap; it is waiting for the office director’s approval.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="263" />
            <location filename="../../xianghua_console/services/accounts.py" line="263" />
            <source>用户名须为 2 到 {n} 个字母、汉字、数字或 _ . -，不含空格</source>
            <translation>A user name has 2 to {n} letters, Chinese characters, digits or _ . - and no spaces</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="268" />
            <location filename="../../xianghua_console/services/accounts.py" line="268" />
            <source>姓名不能超过 {n} 个字</source>
            <translation>The name can have at most {n} characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="180" />
            <source>账号 {username} 连续 {streak} 次密码错误，已锁定到 {until:%H:%M}；可请办公室主任重置密码。</source>
            <translation>Account {username} had {streak} wrong passwords in a row and is locked until {until:%H:%M}; the office director can reset the password.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="191" />
            <source>用户名或密码不正确。</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="193" />
            <source>账号 {username} 已停用；如需使用，请办公室主任重新启用。</source>
            <translation>Account {username} is deactivated; ask the office director to activate it again.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="250" />
            <location filename="../../xianghua_console/services/accounts.py" line="250" />
            <source>密码至少 {n} 位</source>
            <translation>The password needs at least {n} characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="252" />
            <location filename="../../xianghua_console/services/accounts.py" line="252" />
            <source>密码不能超过 {n} 位</source>
            <translation>The password can have at most {n} characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="254" />
            <location filename="../../xianghua_console/services/accounts.py" line="254" />
            <source>密码首尾不能是空格</source>
            <translation>The password cannot begin or end with a space</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="266" />
            <location filename="../../xianghua_console/services/accounts.py" line="266" />
            <source>已有用户名为“{username}”的账号</source>
            <translation>There is already an account with the user name “{username}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="282" />
            <source>没有用户名为“{username}”的账号。</source>
            <translation>There is no account with the user name “{username}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="97" />
            <source>数据库已有账号；新账号须由办公室主任登录后添加（user add --user 主任账号）。</source>
            <translation>The database already has accounts; new ones are added by an office director who is logged in (user add --user &lt;director account&gt;).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="122" />
            <location filename="../../xianghua_console/services/accounts.py" line="122" />
            <source>原密码不正确</source>
            <translation>The current password is wrong</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="124" />
            <location filename="../../xianghua_console/services/accounts.py" line="124" />
            <source>新密码不能与原密码相同</source>
            <translation>The new password must differ from the current one</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="149" />
            <source>账号 {username} 已是启用状态。</source>
            <translation>Account {username} is already active.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="149" />
            <source>账号 {username} 已停用。</source>
            <translation>Account {username} is already deactivated.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="189" />
            <source>用户名或密码不正确。已连续错误 {n} 次，账号锁定 {minutes} 分钟。</source>
            <translation>Wrong user name or password. {n} wrong attempts in a row: the account is locked for {minutes} minutes.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/accounts.py" line="157" />
            <source>这是唯一启用的办公室主任账号，不能停用；请先添加另一个主任账号。</source>
            <translation>This is the only active office director account and cannot be deactivated; add another director account first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/alerts.py" line="53" />
            <location filename="../../xianghua_console/services/assignment.py" line="552" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="155" />
            <location filename="../../xianghua_console/services/incident_log.py" line="425" />
            <location filename="../../xianghua_console/services/incident_log.py" line="399" />
            <location filename="../../xianghua_console/services/onscene.py" line="309" />
            <source>找不到这起事件，可能已被删除。</source>
            <translation>The incident cannot be found; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="202" />
            <location filename="../../xianghua_console/services/assignment.py" line="272" />
            <location filename="../../xianghua_console/services/assignment.py" line="202" />
            <location filename="../../xianghua_console/services/assignment.py" line="272" />
            <location filename="../../xianghua_console/services/audit.py" line="313" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1339" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1339" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="371" />
            <location filename="../../xianghua_console/services/assignment.py" line="371" />
            <source>处置指示</source>
            <translation>Instruction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="371" />
            <location filename="../../xianghua_console/services/assignment.py" line="371" />
            <source>指示对象</source>
            <translation>Instructed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="402" />
            <location filename="../../xianghua_console/services/assignment.py" line="402" />
            <source>工作组成员</source>
            <translation>Working group members</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="403" />
            <location filename="../../xianghua_console/services/assignment.py" line="403" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="439" />
            <location filename="../../xianghua_console/services/assignment.py" line="439" />
            <source>接收人</source>
            <translation>Accepted by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="559" />
            <source>数据库中没有总指挥部，请检查指挥机构目录。</source>
            <translation>The database has no HQ; check the directory of command bodies.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="565" />
            <location filename="../../xianghua_console/services/incident_log.py" line="504" />
            <location filename="../../xianghua_console/services/onscene.py" line="114" />
            <source>事件已结案，不能再记录。</source>
            <translation>The incident is closed; nothing more can be recorded.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="570" />
            <location filename="../../xianghua_console/services/assignment.py" line="570" />
            <location filename="../../xianghua_console/services/incident_log.py" line="509" />
            <location filename="../../xianghua_console/services/incident_log.py" line="349" />
            <location filename="../../xianghua_console/services/incident_log.py" line="509" />
            <location filename="../../xianghua_console/services/incident_log.py" line="349" />
            <source>{what}不能晚于现在</source>
            <translation>{what} cannot be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="572" />
            <location filename="../../xianghua_console/services/assignment.py" line="572" />
            <location filename="../../xianghua_console/services/incident_log.py" line="511" />
            <location filename="../../xianghua_console/services/incident_log.py" line="361" />
            <location filename="../../xianghua_console/services/incident_log.py" line="511" />
            <location filename="../../xianghua_console/services/incident_log.py" line="361" />
            <source>{what}不能早于接报时间</source>
            <translation>{what} cannot be before the incident was received</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="212" />
            <location filename="../../xianghua_console/services/assignment.py" line="212" />
            <location filename="../../xianghua_console/services/directories.py" line="511" />
            <location filename="../../xianghua_console/services/directories.py" line="511" />
            <source>请选择一个分指挥部</source>
            <translation>Choose a sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="218" />
            <location filename="../../xianghua_console/services/assignment.py" line="218" />
            <source>类别“{category}”对应{proposed}，改派{chosen}须写明原因</source>
            <translation>Category “{category}” goes to {proposed}; give a reason for assigning {chosen} instead</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="224" />
            <source>事件已分派给{subcommand}，无需重复分派。</source>
            <translation>The incident is already assigned to {subcommand}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="280" />
            <source>事件程度已是“{weight}”。</source>
            <translation>The severity is already “{weight}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="282" />
            <location filename="../../xianghua_console/services/assignment.py" line="282" />
            <source>请写明调整事件程度的原因</source>
            <translation>Give the reason for changing the severity</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="380" />
            <location filename="../../xianghua_console/services/assignment.py" line="380" />
            <source>请填写处置指示的内容</source>
            <translation>Enter the instruction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="381" />
            <source>指示时间</source>
            <translation>The time of the instruction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="413" />
            <location filename="../../xianghua_console/services/assignment.py" line="413" />
            <source>请选择带队的人员</source>
            <translation>Choose the group leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="414" />
            <source>派出时间</source>
            <translation>The time the group was sent</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="449" />
            <source>事件还没有分派给分指挥部，无从接收。</source>
            <translation>The incident is not assigned to a sub-command yet, so there is nothing to accept.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="452" />
            <source>{subcommand}已于 {at:%m-%d %H:%M} 接收（{accepted_by}）。</source>
            <translation>{subcommand} already accepted it at {at:%m-%d %H:%M} ({accepted_by}).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="457" />
            <location filename="../../xianghua_console/services/assignment.py" line="457" />
            <source>请填写分指挥部接收人</source>
            <translation>Enter who accepted it at the sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="459" />
            <location filename="../../xianghua_console/services/assignment.py" line="459" />
            <source>接收时间不能晚于现在</source>
            <translation>The acceptance time cannot be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="461" />
            <location filename="../../xianghua_console/services/assignment.py" line="461" />
            <source>接收时间不能早于分派时间</source>
            <translation>The acceptance time cannot be before the assignment</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="328" />
            <location filename="../../xianghua_console/services/assignment.py" line="328" />
            <source>所选工作组不存在</source>
            <translation>The chosen working group does not exist</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="334" />
            <location filename="../../xianghua_console/services/assignment.py" line="334" />
            <location filename="../../xianghua_console/services/directories.py" line="312" />
            <location filename="../../xianghua_console/services/directories.py" line="312" />
            <source>所选单位不存在</source>
            <translation>The chosen unit does not exist</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="337" />
            <location filename="../../xianghua_console/services/assignment.py" line="337" />
            <source>单位“{name}”已归档，不能再分派</source>
            <translation>Unit “{name}” is archived and cannot be assigned</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/assignment.py" line="302" />
            <source>事件改由分指挥部指导协调，但还没有分派分指挥部，请分派。</source>
            <translation>The incident is now coordinated by a sub-command, but none is assigned yet; please assign one.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="202" />
            <source>新建数据库</source>
            <translation>Database created</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="203" />
            <source>从备份恢复</source>
            <translation>Restored from backup</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="204" />
            <source>生成演示数据</source>
            <translation>Demo data created</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="205" />
            <source>发现系统时间被调回</source>
            <translation>System clock found set back</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="206" />
            <source>修改设置</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="207" />
            <source>建立第一个主任账号</source>
            <translation>First director account created</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="208" />
            <source>新增账号</source>
            <translation>Account added</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="209" />
            <source>修改本人密码</source>
            <translation>Own password changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="210" />
            <source>重置密码</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="211" />
            <source>启用账号</source>
            <translation>Account activated</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="212" />
            <source>停用账号</source>
            <translation>Account deactivated</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="213" />
            <source>登录</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="214" />
            <source>登录失败</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="215" />
            <source>接报登记</source>
            <translation>Incident logged</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="216" />
            <source>核实事件</source>
            <translation>Incident verified</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="217" />
            <source>启动预案</source>
            <translation>Plan launched</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="218" />
            <location filename="../../xianghua_console/services/audit.py" line="232" />
            <source>成立现场指挥部</source>
            <translation>On-site command set up</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="219" />
            <source>事件得到控制</source>
            <translation>Incident under control</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="220" />
            <location filename="../../xianghua_console/services/incident_log.py" line="489" />
            <source>宣布应急结束</source>
            <translation>Emergency ended</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="221" />
            <source>收到专题报告</source>
            <translation>Special report received</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="222" />
            <location filename="../../xianghua_console/services/incident_log.py" line="491" />
            <source>结案</source>
            <translation>Incident closed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="223" />
            <location filename="../../xianghua_console/services/incident_log.py" line="483" />
            <source>报告镇主要领导</source>
            <translation>Reported to town leaders</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="224" />
            <source>报告县委县政府</source>
            <translation>Reported to the county</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="225" />
            <source>更正事件时间</source>
            <translation>Incident time corrected</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="226" />
            <source>分派事件</source>
            <translation>Incident assigned</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="227" />
            <source>分指挥部接收</source>
            <translation>Sub-command accepted</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="228" />
            <source>调整问题程度</source>
            <translation>Severity changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="229" />
            <source>调整工作组</source>
            <translation>Working groups changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="230" />
            <source>登记处置指示</source>
            <translation>Instruction recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="231" />
            <source>派出工作组</source>
            <translation>Working group sent</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="233" />
            <source>调整现场指挥部</source>
            <translation>On-site command changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="234" />
            <source>确认时限提醒</source>
            <translation>Deadline alert acknowledged</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="235" />
            <source>发布预警通知</source>
            <translation>Warning notice issued</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="236" />
            <source>登记通知回执</source>
            <translation>Notice receipt recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="237" />
            <source>登记零报告</source>
            <translation>All-clear report recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="238" />
            <source>登记日报情况</source>
            <translation>Situation report recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="239" />
            <source>更正日报</source>
            <translation>Daily report corrected</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="240" />
            <location filename="../../xianghua_console/services/audit.py" line="284" />
            <source>日报关账</source>
            <translation>Daily reports closed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="241" />
            <source>日报关联事件</source>
            <translation>Daily report linked to incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="242" />
            <source>登记研判会</source>
            <translation>Analysis meeting recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="243" />
            <source>新建值班期间</source>
            <translation>Duty period created</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="244" />
            <source>生成值班表</source>
            <translation>Roster generated</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="245" />
            <source>安排值班</source>
            <translation>Duty placed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="246" />
            <source>清除值班安排</source>
            <translation>Duty place cleared</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="247" />
            <source>调整轮换名单</source>
            <translation>Rotation pool changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="248" />
            <source>调整值班保障</source>
            <translation>Shift supplies changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="249" />
            <source>登记不能值班</source>
            <translation>Unavailability recorded</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="250" />
            <source>取消不能值班</source>
            <translation>Unavailability removed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="251" />
            <source>调整节假日</source>
            <translation>Holiday setting changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="252" />
            <source>导入值班表</source>
            <translation>Roster imported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="253" />
            <source>申请调班</source>
            <translation>Swap requested</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="254" />
            <source>同意调班</source>
            <translation>Swap agreed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="255" />
            <source>拒绝调班</source>
            <translation>Swap declined</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="256" />
            <source>撤回调班</source>
            <translation>Swap withdrawn</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="257" />
            <source>批准调班</source>
            <translation>Swap approved</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="258" />
            <source>新增单位</source>
            <translation>Unit added</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="259" />
            <source>修改单位</source>
            <translation>Unit edited</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="260" />
            <source>停用单位</source>
            <translation>Unit archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="261" />
            <source>恢复单位</source>
            <translation>Unit restored</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="262" />
            <source>删除单位</source>
            <translation>Unit deleted</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="263" />
            <source>导入单位</source>
            <translation>Units imported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="264" />
            <source>新增人员</source>
            <translation>Person added</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="265" />
            <source>修改人员</source>
            <translation>Person edited</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="266" />
            <source>停用人员</source>
            <translation>Person archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="267" />
            <source>恢复人员</source>
            <translation>Person restored</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="268" />
            <source>删除人员</source>
            <translation>Person deleted</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="269" />
            <source>导入人员</source>
            <translation>Staff imported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="270" />
            <source>修改指挥机构</source>
            <translation>Command body edited</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="271" />
            <source>调整类别对应的分指挥部</source>
            <translation>Category’s sub-command changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="272" />
            <source>导入台账</source>
            <translation>Ledger imported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="277" />
            <location filename="../../xianghua_console/services/audit.py" line="284" />
            <source>事件</source>
            <translation>Incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="277" />
            <location filename="../../xianghua_console/services/audit.py" line="289" />
            <location filename="../../xianghua_console/services/incident_log.py" line="496" />
            <source>现场指挥部</source>
            <translation>On-site command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="277" />
            <source>时限提醒</source>
            <translation>Deadline alert</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="277" />
            <location filename="../../xianghua_console/services/audit.py" line="285" />
            <source>预警通知</source>
            <translation>Warning notice</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="278" />
            <location filename="../../xianghua_console/services/audit.py" line="284" />
            <source>日报</source>
            <translation>Daily report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="278" />
            <location filename="../../xianghua_console/services/audit.py" line="286" />
            <source>研判会</source>
            <translation>Analysis meeting</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="278" />
            <source>值班表</source>
            <translation>Roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="278" />
            <location filename="../../xianghua_console/services/audit.py" line="284" />
            <location filename="../../xianghua_console/services/audit.py" line="309" />
            <location filename="../../xianghua_console/services/audit.py" line="310" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="278" />
            <location filename="../../xianghua_console/services/audit.py" line="285" />
            <source>人员</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="279" />
            <location filename="../../xianghua_console/services/audit.py" line="285" />
            <source>指挥机构</source>
            <translation>Command body</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="279" />
            <location filename="../../xianghua_console/services/audit.py" line="310" />
            <location filename="../../xianghua_console/services/audit.py" line="310" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="279" />
            <location filename="../../xianghua_console/services/audit.py" line="289" />
            <source>台账</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="279" />
            <location filename="../../xianghua_console/services/audit.py" line="288" />
            <source>账号</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="280" />
            <location filename="../../xianghua_console/services/audit.py" line="288" />
            <location filename="../../xianghua_console/services/settings.py" line="178" />
            <location filename="../../xianghua_console/services/settings.py" line="178" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="280" />
            <location filename="../../xianghua_console/services/audit.py" line="288" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="280" />
            <source>演示数据</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="280" />
            <location filename="../../xianghua_console/services/audit.py" line="288" />
            <source>系统时间</source>
            <translation>System clock</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="285" />
            <source>事件类别</source>
            <translation>Incident category</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="286" />
            <source>值班期间</source>
            <translation>Duty period</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="286" />
            <source>班次</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="287" />
            <source>轮换名单</source>
            <translation>Rotation pool</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="287" />
            <source>调班</source>
            <translation>Swap</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="287" />
            <source>节假日调整</source>
            <translation>Holiday setting</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="308" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="308" />
            <location filename="../../xianghua_console/services/incident_log.py" line="91" />
            <location filename="../../xianghua_console/services/incident_log.py" line="481" />
            <source>发生时间</source>
            <translation>Occurred at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="308" />
            <location filename="../../xianghua_console/services/incident_log.py" line="92" />
            <location filename="../../xianghua_console/services/incident_log.py" line="482" />
            <source>接报时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="309" />
            <source>报告主要领导时间</source>
            <translation>Reported to leaders at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="309" />
            <source>报告县里时间</source>
            <translation>Reported to county at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="310" />
            <location filename="../../xianghua_console/services/audit.py" line="311" />
            <location filename="../../xianghua_console/services/incident_log.py" line="486" />
            <source>分指挥部</source>
            <translation>Sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="311" />
            <source>问题程度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="311" />
            <location filename="../../xianghua_console/services/directories.py" line="781" />
            <location filename="../../xianghua_console/services/directories.py" line="789" />
            <location filename="../../xianghua_console/services/incident_log.py" line="479" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="311" />
            <location filename="../../xianghua_console/services/incident_log.py" line="492" />
            <source>涉及人数</source>
            <translation>People involved</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="312" />
            <location filename="../../xianghua_console/services/incident_log.py" line="493" />
            <source>简要情况</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="312" />
            <location filename="../../xianghua_console/services/incident_log.py" line="136" />
            <location filename="../../xianghua_console/services/incident_log.py" line="136" />
            <location filename="../../xianghua_console/services/incident_log.py" line="136" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="312" />
            <location filename="../../xianghua_console/services/incident_log.py" line="134" />
            <location filename="../../xianghua_console/services/incident_log.py" line="134" />
            <location filename="../../xianghua_console/services/incident_log.py" line="134" />
            <source>报告人</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="312" />
            <location filename="../../xianghua_console/services/directories.py" line="780" />
            <location filename="../../xianghua_console/services/directories.py" line="786" />
            <location filename="../../xianghua_console/services/units.py" line="52" />
            <location filename="../../xianghua_console/services/units.py" line="52" />
            <location filename="../../xianghua_console/services/units.py" line="52" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="313" />
            <location filename="../../xianghua_console/services/incident_log.py" line="307" />
            <location filename="../../xianghua_console/services/incident_log.py" line="307" />
            <source>报告对象</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="313" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="313" />
            <location filename="../../xianghua_console/services/directories.py" line="779" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="739" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="739" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="739" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="313" />
            <location filename="../../xianghua_console/services/directories.py" line="779" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="314" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="314" />
            <location filename="../../xianghua_console/services/directories.py" line="785" />
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="314" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="314" />
            <location filename="../../xianghua_console/services/directories.py" line="785" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="314" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="315" />
            <source>启用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="315" />
            <location filename="../../xianghua_console/services/audit.py" line="326" />
            <source>值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="315" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="315" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="315" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="316" />
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="316" />
            <source>最新记录时间</source>
            <translation>Newest record at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="316" />
            <source>当时系统时间</source>
            <translation>System clock then</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="316" />
            <source>早了（秒）</source>
            <translation>Behind by (seconds)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="372" />
            <location filename="../../xianghua_console/services/audit.py" line="352" />
            <location filename="../../xianghua_console/services/audit.py" line="352" />
            <location filename="../../xianghua_console/services/audit.py" line="372" />
            <source>{label}：{value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="374" />
            <location filename="../../xianghua_console/services/audit.py" line="374" />
            <source>{label}：{before} → {after}</source>
            <translation>{label}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="298" />
            <source>{area}（全部）</source>
            <translation>{area} (all)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="377" />
            <source>{changes}；等 {n} 项</source>
            <translation>{changes}; {n} items in all</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="345" />
            <location filename="../../xianghua_console/services/directories.py" line="787" />
            <location filename="../../xianghua_console/services/directories.py" line="788" />
            <location filename="../../xianghua_console/services/settings.py" line="193" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="345" />
            <location filename="../../xianghua_console/services/directories.py" line="787" />
            <location filename="../../xianghua_console/services/directories.py" line="788" />
            <location filename="../../xianghua_console/services/settings.py" line="193" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/audit.py" line="350" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="116" />
            <location filename="../../xianghua_console/services/backup.py" line="116" />
            <source>{what}失败：{why}。未留下不完整的文件。</source>
            <translation>{what} failed: {why}. No incomplete file was left behind.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="52" />
            <source>复制</source>
            <translation>Copying</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="176" />
            <location filename="../../xianghua_console/services/backup.py" line="176" />
            <source>检查备份文件</source>
            <translation>Checking the backup file</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="183" />
            <location filename="../../xianghua_console/services/backup.py" line="183" />
            <source>另存当前数据库</source>
            <translation>Keeping a copy of the current database</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="43" />
            <source>PostgreSQL 数据库请用 pg_dump 备份、pg_restore 恢复（见 README）；本命令只用于 SQLite 文件。</source>
            <translation>Back up a PostgreSQL database with pg_dump and restore it with pg_restore (see the README); this command is for SQLite files only.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="89" />
            <source>{out} 已存在；请换一个文件名，备份不会覆盖已有文件。</source>
            <translation>{out} already exists; choose another file name (a backup never overwrites a file).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="91" />
            <source>文件夹不存在：{parent}</source>
            <translation>The folder does not exist: {parent}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="105" />
            <source>磁盘已满，{folder} 所在的磁盘没有空间了；请清理磁盘或换一个磁盘</source>
            <translation>the disk is full: the disk of {folder} has no space left; free some space or use another disk</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="173" />
            <source>备份文件不存在：{source}</source>
            <translation>The backup file does not exist: {source}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="175" />
            <source>备份文件就是当前数据库本身。</source>
            <translation>The backup file is the current database itself.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="181" />
            <source>备份文件未通过检查，未做任何更改：{problems}</source>
            <translation>The backup file failed the check; nothing was changed: {problems}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="194" />
            <location filename="../../xianghua_console/services/backup.py" line="194" />
            <source>恢复数据库</source>
            <translation>Restoring the database</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="94" />
            <location filename="../../xianghua_console/services/backup.py" line="94" />
            <source>备份数据库</source>
            <translation>Backing up the database</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="96" />
            <location filename="../../xianghua_console/services/backup.py" line="96" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="110" />
            <source>文件夹 {folder} 不能写入（只读或没有权限）；请换一个可写的文件夹</source>
            <translation>the folder {folder} cannot be written to (read-only or no permission); choose a writable folder</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="148" />
            <location filename="../../xianghua_console/services/backup.py" line="148" />
            <source>自动备份</source>
            <translation>Automatic backup</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="197" />
            <source>恢复失败：{exc}。原数据库的副本在 {previous}，可用它再次恢复。</source>
            <translation>The restore failed: {exc}. A copy of the previous database is at {previous}; you can restore from it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/backup.py" line="113" />
            <source>数据库文件已损坏，无法完整读出；请用 check 检查，并从更早的备份恢复</source>
            <translation>the database file is damaged and cannot be read in full; run check and restore from an earlier backup</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/clock_check.py" line="41" />
            <location filename="../../xianghua_console/services/clock_check.py" line="41" />
            <source>电脑的时间（{now:%Y-%m-%d %H:%M}）比数据库中最新的记录（{newest:%Y-%m-%d %H:%M}）早 {amount}：系统时间可能被调回过。时限和记录时间都以系统时间为准，请先核对并改正电脑的时间。此事已记入审计日志。</source>
            <translation>The computer’s clock ({now:%Y-%m-%d %H:%M}) is {amount} behind the newest record in the database ({newest:%Y-%m-%d %H:%M}): the system clock may have been set back. Deadlines and record times follow the system clock, so check and correct the computer’s time first. This has been written to the audit log.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/clock_check.py" line="38" />
            <source>{n} 分钟</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/clock_check.py" line="39" />
            <source>{n} 小时</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/conflicts.py" line="72" />
            <source>{what}已被{who}{when}修改过，你看到的不是最新内容，这次的修改没有保存。请查看对方的修改，重新读取后再操作。</source>
            <translation>{what} was changed by {who}{when}; what you see is not the latest, and your change was not saved. Look at the other change, reload and try again.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/conflicts.py" line="69" />
            <location filename="../../xianghua_console/store/workstation.py" line="69" />
            <source>另一台电脑</source>
            <translation>another computer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/conflicts.py" line="70" />
            <source>于 {at:%m-%d %H:%M} </source>
            <translation> at {at:%m-%d %H:%M}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="275" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="275" />
            <source>{day}不在值班期内，按设置无需报送日报。</source>
            <translation>{day} is outside the duty periods; by the settings no daily report is due.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="271" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="271" />
            <source>{unit}已停用，不再报送日报。</source>
            <translation>{unit} is archived and reports no more.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="273" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="273" />
            <source>{unit}自{day}起才报送日报。</source>
            <translation>{unit} reports only from {day}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="322" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="322" />
            <source>{m}月{d}日</source>
            <translation>{m:02d}-{d:02d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="98" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="98" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="98" />
            <location filename="../../xianghua_console/services/incident_log.py" line="340" />
            <location filename="../../xianghua_console/services/incident_log.py" line="340" />
            <source>更正原因</source>
            <translation>Reason for correction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="100" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="100" />
            <location filename="../../xianghua_console/services/incident_log.py" line="339" />
            <location filename="../../xianghua_console/services/incident_log.py" line="339" />
            <source>更正必须写明原因</source>
            <translation>A correction needs a reason</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="214" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="214" />
            <source>不能登记以后日期的日报</source>
            <translation>A daily report cannot be for a future day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="105" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="152" />
            <source>找不到这份日报，可能已被删除。</source>
            <translation>The daily report cannot be found; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="113" />
            <source>这份日报已被更正过，请在最新的一份上更正。</source>
            <translation>This daily report has been corrected already; correct the latest one.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="120" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="120" />
            <source>报送时间不能晚于现在</source>
            <translation>The report time cannot be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="126" />
            <source>更正的内容与原日报相同，无需更正。</source>
            <translation>The correction is the same as the report; nothing to correct.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="157" />
            <source>这份日报已关联了另一起事件。</source>
            <translation>This daily report is already linked to another incident.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="176" />
            <source>{day}的日报已经关账。</source>
            <translation>The daily reports of {day} are already closed.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="181" />
            <source>{day}的日报要到截止时间 {cutoff:%H:%M} 之后才能关账。</source>
            <translation>The daily reports of {day} can be closed only after the cutoff at {cutoff:%H:%M}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="218" />
            <location filename="../../xianghua_console/services/directories.py" line="755" />
            <location filename="../../xianghua_console/services/meetings.py" line="125" />
            <source>找不到这个单位，可能已被删除。</source>
            <translation>The unit cannot be found; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="221" />
            <source>{day}的日报已关账，不能再登记；如原记录有误，请用“更正”并写明原因。</source>
            <translation>The daily reports of {day} are closed; nothing more can be recorded. If a record is wrong, use “Correct” and give the reason.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="241" />
            <source>{unit}{day}已于 {at:%H:%M} 报送（{kind}）；如需改动，请用“更正”并写明原因。</source>
            <translation>{unit} already reported for {day} at {at:%H:%M} ({kind}); to change it, use “Correct” and give the reason.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="263" />
            <source>有情况的日报必须填写情况内容</source>
            <translation>A situation report needs its content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="265" />
            <source>内容超过 {n} 字，请精简</source>
            <translation>The content is longer than {n} characters; please shorten it</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_reports.py" line="122" />
            <location filename="../../xianghua_console/services/daily_reports.py" line="122" />
            <source>报送时间不能早于日报所属的日期</source>
            <translation>The report time cannot be before the report’s day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_summary.py" line="210" />
            <location filename="../../xianghua_console/services/daily_summary.py" line="210" />
            <source>日报已读取</source>
            <translation>Daily reports read</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_summary.py" line="137" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="580" />
            <source>结束日期不能早于开始日期。</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_summary.py" line="139" />
            <source>一次最多导出 {n} 天。</source>
            <translation>At most {n} days can be exported at once.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/daily_summary.py" line="184" />
            <location filename="../../xianghua_console/services/daily_summary.py" line="184" />
            <location filename="../../xianghua_console/services/weekly.py" line="329" />
            <location filename="../../xianghua_console/services/weekly.py" line="329" />
            <source>读取 {day} 的日报</source>
            <translation>Reading the daily reports of {day}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/demo.py" line="109" />
            <source>数据库中已有村、人员或事件数据；演示数据只能写入新建的空数据库。</source>
            <translation>The database already holds villages, staff or incidents; demo data go into a new, empty database only.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="644" />
            <location filename="../../xianghua_console/services/directories.py" line="705" />
            <location filename="../../xianghua_console/services/directories.py" line="644" />
            <location filename="../../xianghua_console/services/directories.py" line="705" />
            <location filename="../../xianghua_console/services/ledger.py" line="596" />
            <location filename="../../xianghua_console/services/ledger.py" line="596" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1696" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1696" />
            <source>已导入</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="717" />
            <location filename="../../xianghua_console/services/directories.py" line="717" />
            <location filename="../../xianghua_console/services/units.py" line="48" />
            <location filename="../../xianghua_console/services/units.py" line="48" />
            <source>请填写单位名称</source>
            <translation>Enter the unit’s name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="726" />
            <location filename="../../xianghua_console/services/directories.py" line="726" />
            <source>信息员姓名不能超过 40 个字</source>
            <translation>The information officer’s name can have at most 40 characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="757" />
            <location filename="../../xianghua_console/services/directories.py" line="757" />
            <source>单位“{name}”</source>
            <translation>Unit “{name}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="768" />
            <location filename="../../xianghua_console/services/directories.py" line="768" />
            <source>人员“{name}”</source>
            <translation>Person “{name}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="305" />
            <location filename="../../xianghua_console/services/directories.py" line="305" />
            <source>请填写姓名</source>
            <translation>Enter the name</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="309" />
            <location filename="../../xianghua_console/services/directories.py" line="309" />
            <source>职务不能超过 60 个字</source>
            <translation>The position can have at most 60 characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="468" />
            <location filename="../../xianghua_console/services/directories.py" line="468" />
            <source>所选负责人不在人员目录中或已归档</source>
            <translation>The chosen head is not in the staff directory or is archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="536" />
            <source>表格有 {n} 处问题，未导入任何数据：{shown}{more}</source>
            <translation>The sheet has {n} problems; nothing was imported: {shown}{more}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="642" />
            <location filename="../../xianghua_console/services/directories.py" line="703" />
            <location filename="../../xianghua_console/services/directories.py" line="642" />
            <location filename="../../xianghua_console/services/directories.py" line="703" />
            <location filename="../../xianghua_console/services/ledger.py" line="594" />
            <location filename="../../xianghua_console/services/ledger.py" line="594" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="933" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1694" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="933" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1694" />
            <source>提交</source>
            <translation>Committing</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="719" />
            <location filename="../../xianghua_console/services/directories.py" line="719" />
            <location filename="../../xianghua_console/services/units.py" line="50" />
            <location filename="../../xianghua_console/services/units.py" line="50" />
            <source>单位名称不能超过 60 个字</source>
            <translation>The unit’s name can have at most 60 characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="766" />
            <source>找不到这个人员，可能已被删除。</source>
            <translation>The person cannot be found; they may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="779" />
            <location filename="../../xianghua_console/services/units.py" line="51" />
            <location filename="../../xianghua_console/services/units.py" line="51" />
            <location filename="../../xianghua_console/services/units.py" line="51" />
            <source>信息员</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="785" />
            <source>所属单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="787" />
            <source>可带班</source>
            <translation>Can lead shifts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="788" />
            <source>驾驶员</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="793" />
            <source>负责人</source>
            <translation>Head</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="793" />
            <source>副职</source>
            <translation>Deputies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="794" />
            <location filename="../../xianghua_console/services/incident_log.py" line="495" />
            <source>成员单位</source>
            <translation>Member units</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="847" />
            <source>{at:%Y-%m-%d %H:%M} {by}归档</source>
            <translation>Archived {at:%Y-%m-%d %H:%M} by {by}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="213" />
            <source>“{name}”已归档。</source>
            <translation>“{name}” is already archived.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="217" />
            <source>“{name}”是{bodies}的驻地单位，不能归档；请先在指挥机构中调整。</source>
            <translation>“{name}” is the seat of {bodies} and cannot be archived; change the command bodies first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="234" />
            <source>“{name}”没有归档。</source>
            <translation>“{name}” is not archived.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="254" />
            <source>“{name}”{history}，不能删除，只能归档。</source>
            <translation>“{name}” {history}; it cannot be deleted, only archived.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="266" />
            <source>报告过 {n} 起事件</source>
            <translation>reported {n} incidents</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="268" />
            <source>是 {n} 起事件的成员单位</source>
            <translation>is a member unit of {n} incidents</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="270" />
            <source>有 {n} 份日报</source>
            <translation>has {n} daily reports</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="272" />
            <source>收到过 {n} 份预警通知</source>
            <translation>received {n} warning notices</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="274" />
            <source>有 {n} 次研判会记录</source>
            <translation>has {n} analysis meetings on record</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="276" />
            <source>有 {n} 名人员</source>
            <translation>has {n} staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="278" />
            <source>是 {n} 个指挥机构的驻地</source>
            <translation>is the seat of {n} command bodies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="307" />
            <location filename="../../xianghua_console/services/directories.py" line="307" />
            <source>姓名不能超过 40 个字</source>
            <translation>The name can have at most 40 characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="314" />
            <location filename="../../xianghua_console/services/directories.py" line="314" />
            <source>“{name}”已归档</source>
            <translation>“{name}” is archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="328" />
            <location filename="../../xianghua_console/services/directories.py" line="328" />
            <source>{unit}已有名为“{name}”的人员</source>
            <translation>{unit} already has a person named “{name}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="329" />
            <location filename="../../xianghua_console/services/directories.py" line="329" />
            <source>{unit}已有名为“{name}”的人员（已归档，可在目录中恢复）</source>
            <translation>{unit} already has a person named “{name}” (archived; restore them in the directory)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="363" />
            <source>{name}已归档。</source>
            <translation>{name} is already archived.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="369" />
            <source>{name}是{bodies}的负责人或副职，不能归档；请先在指挥机构中改由他人担任。</source>
            <translation>{name} is the head or a deputy of {bodies} and cannot be archived; give the post to someone else in the command bodies first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="380" />
            <source>{name}还排在 {days} 的值班表上，不能归档；请先调整排班。</source>
            <translation>{name} is still on the roster on {days} and cannot be archived; change the roster first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="381" />
            <source>{name}还排在 {days} 等日子的值班表上，不能归档；请先调整排班。</source>
            <translation>{name} is still on the roster on {days} and later days and cannot be archived; change the roster first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="399" />
            <source>{name}没有归档。</source>
            <translation>{name} is not archived.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="416" />
            <source>{name}{history}，不能删除，只能归档。</source>
            <translation>{name} {history}; they cannot be deleted, only archived.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="427" />
            <source>有 {n} 次值班安排</source>
            <translation>has {n} duty placements</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="430" />
            <source>有 {n} 次调班记录</source>
            <translation>has {n} swaps on record</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="433" />
            <source>任过 {n} 次现场指挥部正副指挥长</source>
            <translation>commanded or deputised {n} on-site commands</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="435" />
            <source>是 {n} 个现场指挥部的成员</source>
            <translation>is a member of {n} on-site commands</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="437" />
            <source>是 {n} 个指挥机构的负责人</source>
            <translation>heads {n} command bodies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="439" />
            <source>是 {n} 个指挥机构的副职</source>
            <translation>is a deputy of {n} command bodies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="461" />
            <source>找不到这个指挥机构。</source>
            <translation>The command body cannot be found.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="473" />
            <location filename="../../xianghua_console/services/directories.py" line="473" />
            <source>所选副职不在人员目录中或已归档</source>
            <translation>A chosen deputy is not in the staff directory or is archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="482" />
            <location filename="../../xianghua_console/services/directories.py" line="482" />
            <source>所选成员单位不存在或已归档</source>
            <translation>A chosen member unit does not exist or is archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="508" />
            <source>找不到这个类别。</source>
            <translation>The category cannot be found.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="535" />
            <location filename="../../xianghua_console/services/ledger.py" line="151" />
            <source>；另有 {n} 处</source>
            <translation>; {n} more</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="583" />
            <location filename="../../xianghua_console/services/directories.py" line="583" />
            <location filename="../../xianghua_console/services/ledger.py" line="271" />
            <location filename="../../xianghua_console/services/ledger.py" line="271" />
            <source>必填项为空</source>
            <translation>required but empty</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="723" />
            <location filename="../../xianghua_console/services/directories.py" line="723" />
            <location filename="../../xianghua_console/services/units.py" line="55" />
            <location filename="../../xianghua_console/services/units.py" line="55" />
            <source>已有名为“{name}”的单位</source>
            <translation>There is already a unit named “{name}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="724" />
            <location filename="../../xianghua_console/services/directories.py" line="724" />
            <source>已有名为“{name}”的单位（已归档）</source>
            <translation>There is already a unit named “{name}” (archived)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="781" />
            <location filename="../../xianghua_console/services/directories.py" line="789" />
            <source>在用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="475" />
            <location filename="../../xianghua_console/services/directories.py" line="475" />
            <source>{name}已是负责人，不能同时任副职</source>
            <translation>{name} is the head and cannot also be a deputy</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="565" />
            <location filename="../../xianghua_console/services/directories.py" line="565" />
            <location filename="../../xianghua_console/services/directories.py" line="565" />
            <source>表头缺少“{title}”列</source>
            <translation>the header has no “{title}” column</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="585" />
            <location filename="../../xianghua_console/services/directories.py" line="585" />
            <location filename="../../xianghua_console/services/ledger.py" line="282" />
            <location filename="../../xianghua_console/services/ledger.py" line="282" />
            <source>超过 {limit} 个字</source>
            <translation>longer than {limit} characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="617" />
            <location filename="../../xianghua_console/services/directories.py" line="671" />
            <location filename="../../xianghua_console/services/directories.py" line="617" />
            <location filename="../../xianghua_console/services/directories.py" line="671" />
            <source>检查表格</source>
            <translation>Checking the sheet</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="624" />
            <location filename="../../xianghua_console/services/directories.py" line="624" />
            <source>“{kind}”不是可选值（可选：村 / 镇直单位）</source>
            <translation>“{kind}” is not a valid choice (choose 村 / 镇直单位)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="626" />
            <location filename="../../xianghua_console/services/directories.py" line="626" />
            <source>“{name}”与第{seen}行重复</source>
            <translation>“{name}” repeats row {seen}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="638" />
            <location filename="../../xianghua_console/services/directories.py" line="698" />
            <location filename="../../xianghua_console/services/directories.py" line="638" />
            <location filename="../../xianghua_console/services/directories.py" line="698" />
            <location filename="../../xianghua_console/services/ledger.py" line="590" />
            <location filename="../../xianghua_console/services/ledger.py" line="590" />
            <source>写入数据库</source>
            <translation>Writing to the database</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="678" />
            <location filename="../../xianghua_console/services/directories.py" line="678" />
            <source>单位“{unit}”不在目录中（请先导入或新增该单位）</source>
            <translation>unit “{unit}” is not in the directory (import or add it first)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="684" />
            <location filename="../../xianghua_console/services/directories.py" line="684" />
            <source>“{name}”（{unit}）与第{seen}行重复</source>
            <translation>“{name}” ({unit}) repeats row {seen}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="685" />
            <location filename="../../xianghua_console/services/directories.py" line="685" />
            <location filename="../../xianghua_console/services/directories.py" line="685" />
            <source>无单位</source>
            <translation>no unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="326" />
            <location filename="../../xianghua_console/services/directories.py" line="689" />
            <location filename="../../xianghua_console/services/directories.py" line="689" />
            <location filename="../../xianghua_console/services/directories.py" line="689" />
            <source>（无单位）</source>
            <translation>(no unit)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="628" />
            <location filename="../../xianghua_console/services/directories.py" line="628" />
            <source>目录中已有单位“{name}”</source>
            <translation>the directory already has unit “{name}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="629" />
            <location filename="../../xianghua_console/services/directories.py" line="629" />
            <source>目录中已有单位“{name}”（已归档）</source>
            <translation>the directory already has unit “{name}” (archived)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="681" />
            <location filename="../../xianghua_console/services/directories.py" line="681" />
            <source>单位“{unit}”已归档</source>
            <translation>unit “{unit}” is archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/directories.py" line="689" />
            <location filename="../../xianghua_console/services/directories.py" line="689" />
            <source>目录中已有{unit}的“{name}”</source>
            <translation>the directory already has “{name}” of {unit}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="209" />
            <location filename="../../xianghua_console/services/incident_log.py" line="209" />
            <location filename="../../xianghua_console/services/incident_log.py" line="307" />
            <location filename="../../xianghua_console/services/incident_log.py" line="209" />
            <location filename="../../xianghua_console/services/incident_log.py" line="307" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="576" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="576" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="210" />
            <location filename="../../xianghua_console/services/incident_log.py" line="210" />
            <location filename="../../xianghua_console/services/incident_log.py" line="210" />
            <source>专题报告的“{part}”</source>
            <translation>“{part}” of the special report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="93" />
            <source>报告镇主要领导的时间</source>
            <translation>The time reported to the town leaders</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="94" />
            <source>分派分指挥部的时间</source>
            <translation>The time assigned to the sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="95" />
            <source>分指挥部接收的时间</source>
            <translation>The time the sub-command accepted</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="96" />
            <source>宣布应急结束的时间</source>
            <translation>The time the emergency was ended</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="97" />
            <source>收到专题报告的时间</source>
            <translation>The time the special report came in</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="105" />
            <location filename="../../xianghua_console/services/incident_log.py" line="105" />
            <source>请填写事件发生时间</source>
            <translation>Enter when the incident occurred</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="109" />
            <location filename="../../xianghua_console/services/incident_log.py" line="109" />
            <source>请填写接报时间</source>
            <translation>Enter when the report was received</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="115" />
            <location filename="../../xianghua_console/services/incident_log.py" line="115" />
            <source>请选择报告的村或单位</source>
            <translation>Choose the reporting village or unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="121" />
            <location filename="../../xianghua_console/services/incident_log.py" line="121" />
            <source>请填写事件简要情况</source>
            <translation>Enter a summary of the incident</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="123" />
            <location filename="../../xianghua_console/services/incident_log.py" line="123" />
            <source>请填写涉及人数（不清楚时填 0）</source>
            <translation>Enter the number of people involved (0 if unknown)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="130" />
            <location filename="../../xianghua_console/services/incident_log.py" line="130" />
            <source>所选类别不存在</source>
            <translation>The chosen category does not exist</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="132" />
            <location filename="../../xianghua_console/services/incident_log.py" line="132" />
            <source>所选分指挥部不存在</source>
            <translation>The chosen sub-command does not exist</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="133" />
            <location filename="../../xianghua_console/services/incident_log.py" line="133" />
            <location filename="../../xianghua_console/services/incident_log.py" line="133" />
            <source>事件简要情况</source>
            <translation>The summary</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="135" />
            <location filename="../../xianghua_console/services/incident_log.py" line="135" />
            <location filename="../../xianghua_console/services/incident_log.py" line="135" />
            <source>报告人电话</source>
            <translation>The reporter’s phone</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="443" />
            <location filename="../../xianghua_console/services/incident_log.py" line="443" />
            <source>事件 {number}</source>
            <translation>Incident {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="107" />
            <location filename="../../xianghua_console/services/incident_log.py" line="107" />
            <source>发生时间不能晚于现在</source>
            <translation>The time of the incident cannot be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="111" />
            <location filename="../../xianghua_console/services/incident_log.py" line="111" />
            <source>接报时间不能晚于现在</source>
            <translation>The time received cannot be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="119" />
            <location filename="../../xianghua_console/services/incident_log.py" line="119" />
            <source>所选单位不存在或已停用</source>
            <translation>The chosen unit does not exist or is archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="125" />
            <location filename="../../xianghua_console/services/incident_log.py" line="125" />
            <source>涉及人数不能为负数</source>
            <translation>The number of people cannot be negative</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="337" />
            <source>不能更正这个字段：{field_name}</source>
            <translation>This field cannot be corrected: {field_name}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="480" />
            <source>程度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="485" />
            <source>报告县里</source>
            <translation>Reported to county</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="487" />
            <source>分派时间</source>
            <translation>Assigned at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="488" />
            <source>接收</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="490" />
            <source>专题报告</source>
            <translation>Special report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="113" />
            <location filename="../../xianghua_console/services/incident_log.py" line="358" />
            <location filename="../../xianghua_console/services/incident_log.py" line="113" />
            <location filename="../../xianghua_console/services/incident_log.py" line="358" />
            <source>接报时间不能早于发生时间</source>
            <translation>The time received cannot be before the incident occurred</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="127" />
            <location filename="../../xianghua_console/services/incident_log.py" line="127" />
            <source>涉及人数 {n} 超过 {most}，请核对</source>
            <translation>{n} people is more than {most}; please check</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="221" />
            <source>“{step}”的时间</source>
            <translation>The time of “{step}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="258" />
            <source>已记录过向镇主要领导的报告；时间有误请用“更正”，并写明原因。</source>
            <translation>The report to the town leaders is already recorded; if its time is wrong, use “Correct” and give the reason.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="265" />
            <source>请写明报告给了哪位领导</source>
            <translation>Say which leader it was reported to</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="287" />
            <source>请写明报告给了县里哪个部门或哪位领导</source>
            <translation>Say which county department or leader it was reported to</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="315" />
            <source>报告时间</source>
            <translation>The report time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="347" />
            <source>{what}还没有记录，无从更正。</source>
            <translation>{what} is not recorded yet, so there is nothing to correct.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="365" />
            <location filename="../../xianghua_console/services/incident_log.py" line="365" />
            <source>分指挥部接收的时间不能早于分派的时间</source>
            <translation>The sub-command cannot have accepted before the assignment</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="367" />
            <location filename="../../xianghua_console/services/incident_log.py" line="367" />
            <source>分派的时间不能晚于分指挥部接收的时间</source>
            <translation>The assignment cannot be later than the sub-command’s acceptance</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="486" />
            <source>未分派</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="495" />
            <source>工作组</source>
            <translation>Working groups</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/incident_log.py" line="228" />
            <location filename="../../xianghua_console/services/incident_log.py" line="228" />
            <source>专题报告缺少：{parts}</source>
            <translation>The special report lacks: {parts}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/integrity.py" line="79" />
            <location filename="../../xianghua_console/services/integrity.py" line="79" />
            <source>SQLite 完整性检查未通过，数据库文件已损坏：{details}。{where}{out}</source>
            <translation>The SQLite integrity check failed; the database file is damaged: {details}. {where}{out}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/integrity.py" line="86" />
            <location filename="../../xianghua_console/services/integrity.py" line="86" />
            <source>有 {n} 条记录引用了不存在的数据（表：{tables}）</source>
            <translation>{n} records refer to data that do not exist (tables: {tables})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/integrity.py" line="74" />
            <source>损坏的表：{tables}。</source>
            <translation>Damaged tables: {tables}. </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/integrity.py" line="77" />
            <source>请用 xianghua-console restore {backup} 从最近的备份恢复。</source>
            <translation>Restore the latest backup with xianghua-console restore {backup}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/integrity.py" line="78" />
            <source>没有找到备份；请另选数据库文件，或交给技术人员修复。</source>
            <translation>No backup was found; choose another database file or have a technician repair it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/integrity.py" line="123" />
            <location filename="../../xianghua_console/services/integrity.py" line="123" />
            <source>指挥机构不全：{kind}应有 {wanted} 个，现有 {have} 个</source>
            <translation>Command bodies incomplete: {wanted} of kind {kind} needed, {have} present</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="138" />
            <location filename="../../xianghua_console/services/ledger.py" line="138" />
            <source>{sheet} 第{row}行 {column}列（{header}）：{reason}</source>
            <translation>{sheet} row {row}, column {column} ({header}): {reason}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="133" />
            <location filename="../../xianghua_console/services/ledger.py" line="133" />
            <source>{sheet} 第{row}行：{reason}</source>
            <translation>{sheet} row {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="136" />
            <location filename="../../xianghua_console/services/ledger.py" line="136" />
            <source>{sheet} 第{row}行 {column}列：{reason}</source>
            <translation>{sheet} row {row}, column {column}: {reason}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="152" />
            <source>台账有 {n} 处问题，未导入任何数据：{shown}{more}</source>
            <translation>The ledger has {n} problems; nothing was imported: {shown}{more}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="387" />
            <location filename="../../xianghua_console/services/ledger.py" line="387" />
            <source>检查“{name}”表</source>
            <translation>Checking sheet “{name}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="614" />
            <location filename="../../xianghua_console/services/ledger.py" line="614" />
            <location filename="../../xianghua_console/services/ledger.py" line="614" />
            <source>多出的列“{got}”</source>
            <translation>extra column “{got}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="293" />
            <location filename="../../xianghua_console/services/ledger.py" line="293" />
            <source>“{value}”不是可选值（可选：{options}）</source>
            <translation>“{value}” is not a valid choice (choose {options})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="334" />
            <location filename="../../xianghua_console/services/ledger.py" line="334" />
            <source>时间晚于现在</source>
            <translation>the time is later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="347" />
            <location filename="../../xianghua_console/services/ledger.py" line="347" />
            <source>“{value}”不是整数</source>
            <translation>“{value}” is not a whole number</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="350" />
            <location filename="../../xianghua_console/services/ledger.py" line="350" />
            <source>人数应在 0 到 {most} 之间</source>
            <translation>the number of people must be from 0 to {most}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="358" />
            <location filename="../../xianghua_console/services/ledger.py" line="358" />
            <source>{name}早于{earlier}</source>
            <translation>{name} is before {earlier}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="379" />
            <location filename="../../xianghua_console/services/ledger.py" line="379" />
            <location filename="../../xianghua_console/services/ledger.py" line="379" />
            <source>不认识的工作表（应为：{sheets}）</source>
            <translation>unknown sheet (expected: {sheets})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="609" />
            <location filename="../../xianghua_console/services/ledger.py" line="609" />
            <location filename="../../xianghua_console/services/ledger.py" line="609" />
            <source>表头应为“{name}”，实为“{have}”</source>
            <translation>the header should be “{name}”, not “{have}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="611" />
            <location filename="../../xianghua_console/services/ledger.py" line="611" />
            <location filename="../../xianghua_console/services/ledger.py" line="611" />
            <source>表头应为“{name}”，实为空</source>
            <translation>the header should be “{name}”, but it is empty</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="308" />
            <location filename="../../xianghua_console/services/ledger.py" line="308" />
            <source>日期“{value}”应写成 YYYY-MM-DD</source>
            <translation>write the date “{value}” as YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="410" />
            <location filename="../../xianghua_console/services/ledger.py" line="410" />
            <source>单位“{unit}”重复</source>
            <translation>unit “{unit}” is listed twice</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="439" />
            <location filename="../../xianghua_console/services/ledger.py" line="516" />
            <location filename="../../xianghua_console/services/ledger.py" line="560" />
            <location filename="../../xianghua_console/services/ledger.py" line="439" />
            <location filename="../../xianghua_console/services/ledger.py" line="516" />
            <location filename="../../xianghua_console/services/ledger.py" line="560" />
            <source>单位“{unit}”不存在（单位表和数据库中都没有）</source>
            <translation>unit “{unit}” does not exist (neither in the units sheet nor in the database)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="444" />
            <location filename="../../xianghua_console/services/ledger.py" line="444" />
            <source>人员“{person}（{post}）”重复</source>
            <translation>person “{person} ({post})” is listed twice</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="447" />
            <location filename="../../xianghua_console/services/ledger.py" line="447" />
            <source>数据库中已有人员“{person}（{post}）”</source>
            <translation>the database already has “{person} ({post})”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="472" />
            <location filename="../../xianghua_console/services/ledger.py" line="472" />
            <source>人员“{person}”不存在（人员表和数据库中都没有）</source>
            <translation>person “{person}” does not exist (neither in the staff sheet nor in the database)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="475" />
            <location filename="../../xianghua_console/services/ledger.py" line="475" />
            <source>有 {n} 名人员叫“{person}”，无法确定是谁</source>
            <translation>{n} people are called “{person}”; cannot tell which one</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="483" />
            <location filename="../../xianghua_console/services/ledger.py" line="483" />
            <source>{day} {slot} {person} 重复</source>
            <translation>{day} {slot} {person} is listed twice</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="514" />
            <location filename="../../xianghua_console/services/ledger.py" line="514" />
            <source>有专题报告时间，却没有结束时间</source>
            <translation>there is a special report time but no end time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="567" />
            <location filename="../../xianghua_console/services/ledger.py" line="567" />
            <source>有情况的日报必须填写内容</source>
            <translation>a situation report needs its content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="570" />
            <location filename="../../xianghua_console/services/ledger.py" line="570" />
            <source>报送时间早于日报所属的日期</source>
            <translation>the report time is before the report’s day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="576" />
            <location filename="../../xianghua_console/services/ledger.py" line="576" />
            <source>{unit} {day} 的日报重复（台账或数据库中已有）</source>
            <translation>the daily report of {unit} for {day} is a duplicate (already in the ledger or the database)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="580" />
            <location filename="../../xianghua_console/services/ledger.py" line="580" />
            <source>{day} 已关账，不能再导入该日的日报</source>
            <translation>{day} is closed; no more daily reports can be imported for it</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="329" />
            <location filename="../../xianghua_console/services/ledger.py" line="329" />
            <source>时间“{value}”应写成 YYYY-MM-DD HH:MM（北京时间）</source>
            <translation>write the time “{value}” as YYYY-MM-DD HH:MM (Beijing time)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="420" />
            <location filename="../../xianghua_console/services/ledger.py" line="420" />
            <source>数据库中已有单位“{unit}”，类型为{kind}</source>
            <translation>the database already has unit “{unit}”, of type {kind}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="523" />
            <location filename="../../xianghua_console/services/ledger.py" line="523" />
            <source>类别“{category}”不存在（可选：{categories}）</source>
            <translation>category “{category}” does not exist (choose from {categories})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="529" />
            <location filename="../../xianghua_console/services/ledger.py" line="529" />
            <source>编号“{number}”应写成 年份-序号，例如 2027-0012</source>
            <translation>write the number “{number}” as year-sequence, e.g. 2027-0012</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/ledger.py" line="532" />
            <location filename="../../xianghua_console/services/ledger.py" line="532" />
            <source>编号“{number}”重复（台账或数据库中已有）</source>
            <translation>number “{number}” is a duplicate (already in the ledger or the database)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/meetings.py" line="110" />
            <location filename="../../xianghua_console/services/meetings.py" line="110" />
            <source>召开日期不能晚于今天</source>
            <translation>The meeting date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/meetings.py" line="112" />
            <location filename="../../xianghua_console/services/meetings.py" line="112" />
            <source>参会人数至少为 1</source>
            <translation>At least 1 person must attend</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/meetings.py" line="117" />
            <location filename="../../xianghua_console/services/meetings.py" line="117" />
            <source>请填写排查出的问题（没有时写“无”）</source>
            <translation>Enter the problems found (write “无” if none)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/meetings.py" line="119" />
            <location filename="../../xianghua_console/services/meetings.py" line="119" />
            <source>请填写采取的措施</source>
            <translation>Enter the measures taken</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/meetings.py" line="120" />
            <location filename="../../xianghua_console/services/meetings.py" line="120" />
            <location filename="../../xianghua_console/services/meetings.py" line="120" />
            <source>排查出的问题</source>
            <translation>Problems found</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/meetings.py" line="121" />
            <location filename="../../xianghua_console/services/meetings.py" line="121" />
            <location filename="../../xianghua_console/services/meetings.py" line="121" />
            <source>采取的措施</source>
            <translation>Measures taken</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/meetings.py" line="114" />
            <location filename="../../xianghua_console/services/meetings.py" line="114" />
            <source>参会人数 {n} 超过 {most}，请核对</source>
            <translation>{n} attendees is more than {most}; please check</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/meetings.py" line="127" />
            <location filename="../../xianghua_console/services/meetings.py" line="127" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1739" />
            <source>{name}已停用</source>
            <translation>{name} is archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/migrate_db.py" line="87" />
            <location filename="../../xianghua_console/services/migrate_db.py" line="87" />
            <source>统计源库记录</source>
            <translation>Counting the source records</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/migrate_db.py" line="133" />
            <source>核对失败：{problems}</source>
            <translation>Verification failed: {problems}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/migrate_db.py" line="137" />
            <source>核对失败：目标库缺少数据表 {tables}</source>
            <translation>Verification failed: the target database lacks tables {tables}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/migrate_db.py" line="56" />
            <source>目标数据库 {db} 不是空的；只能迁移到一个空数据库。</source>
            <translation>The target database {db} is not empty; migrate only into an empty database.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/migrate_db.py" line="61" />
            <location filename="../../xianghua_console/services/migrate_db.py" line="61" />
            <source>核对行数和哈希链</source>
            <translation>Verifying row counts and hash chains</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/migrate_db.py" line="93" />
            <location filename="../../xianghua_console/services/migrate_db.py" line="93" />
            <location filename="../../xianghua_console/services/migrate_db.py" line="98" />
            <location filename="../../xianghua_console/services/migrate_db.py" line="98" />
            <source>复制 {name}</source>
            <translation>Copying {name}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/migrate_db.py" line="128" />
            <source>核对失败：表 {table} 源库 {rows} 行，目标库 {have} 行</source>
            <translation>Verification failed: table {table} has {rows} rows in the source and {have} in the target</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="322" />
            <location filename="../../xianghua_console/services/notices.py" line="322" />
            <location filename="../../xianghua_console/services/notices.py" line="322" />
            <source>回执人</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="438" />
            <location filename="../../xianghua_console/services/notices.py" line="438" />
            <source>请选择主送的村或单位（可用“全部村”“全部镇直单位”）</source>
            <translation>Choose the villages or units to send it to (or “All villages”, “All town departments”)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="324" />
            <location filename="../../xianghua_console/services/notices.py" line="324" />
            <source>请填写回执人（单位上确认收到的人）</source>
            <translation>Enter who confirmed (the person at the unit who confirmed receipt)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="326" />
            <location filename="../../xianghua_console/services/notices.py" line="326" />
            <source>回执时间不能晚于现在</source>
            <translation>The receipt time cannot be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="406" />
            <source>找不到这份通知。</source>
            <translation>The notice cannot be found.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="433" />
            <location filename="../../xianghua_console/services/notices.py" line="433" />
            <source>所选单位不存在或已归档</source>
            <translation>A chosen unit does not exist or is archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="316" />
            <source>{name}不在{number}的主送范围内。</source>
            <translation>{name} is not among the recipients of {number}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="319" />
            <source>{unit}已于 {at:%m-%d %H:%M} 回执（{by}），不必重复登记。</source>
            <translation>{unit} already confirmed at {at:%m-%d %H:%M} ({by}); no need to record it again.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="328" />
            <location filename="../../xianghua_console/services/notices.py" line="328" />
            <source>回执时间不能早于通知发布时间</source>
            <translation>The receipt time cannot be before the notice was issued</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="228" />
            <location filename="../../xianghua_console/services/notices.py" line="228" />
            <source>预警通知以总指挥部或分指挥部的名义发布，请选择发布单位</source>
            <translation>A warning notice is issued in the name of the HQ or a sub-command; choose the issuer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="230" />
            <location filename="../../xianghua_console/services/notices.py" line="230" />
            <source>请填写标题</source>
            <translation>Enter the title</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="234" />
            <location filename="../../xianghua_console/services/notices.py" line="234" />
            <source>请填写通知内容</source>
            <translation>Enter the notice’s content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="235" />
            <location filename="../../xianghua_console/services/notices.py" line="235" />
            <location filename="../../xianghua_console/services/notices.py" line="235" />
            <source>通知内容</source>
            <translation>The notice’s content</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="236" />
            <location filename="../../xianghua_console/services/notices.py" line="236" />
            <location filename="../../xianghua_console/services/notices.py" line="236" />
            <source>防范措施</source>
            <translation>The measures</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="238" />
            <location filename="../../xianghua_console/services/notices.py" line="238" />
            <source>回执时限应晚于现在</source>
            <translation>The receipt deadline must be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="240" />
            <location filename="../../xianghua_console/services/notices.py" line="240" />
            <source>所关联的事件不存在</source>
            <translation>The linked incident does not exist</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="315" />
            <source>该单位</source>
            <translation>This unit</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/notices.py" line="232" />
            <location filename="../../xianghua_console/services/notices.py" line="232" />
            <source>标题不能超过 200 个字</source>
            <translation>The title can have at most 200 characters</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="244" />
            <location filename="../../xianghua_console/services/onscene.py" line="244" />
            <source>请选择{role}</source>
            <translation>Choose the {role}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="248" />
            <location filename="../../xianghua_console/services/onscene.py" line="248" />
            <source>所选{role}不在人员目录中</source>
            <translation>The chosen {role} is not in the staff directory</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="251" />
            <location filename="../../xianghua_console/services/onscene.py" line="251" />
            <source>{name}已归档，不能担任{role}</source>
            <translation>{name} is archived and cannot serve as {role}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="105" />
            <location filename="../../xianghua_console/services/onscene.py" line="105" />
            <source>调整原因</source>
            <translation>The reason for the change</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="129" />
            <location filename="../../xianghua_console/services/onscene.py" line="129" />
            <source>副指挥长不能与指挥长是同一人</source>
            <translation>The deputy commander cannot be the commander</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="137" />
            <location filename="../../xianghua_console/services/onscene.py" line="137" />
            <source>成立时间不能晚于现在</source>
            <translation>The set-up time cannot be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="137" />
            <location filename="../../xianghua_console/services/onscene.py" line="137" />
            <source>调整时间不能晚于现在</source>
            <translation>The time of the change cannot be later than now</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="143" />
            <location filename="../../xianghua_console/services/onscene.py" line="143" />
            <source>调整现场指挥部须写明原因</source>
            <translation>A change of the on-site command needs a reason</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="120" />
            <location filename="../../xianghua_console/services/onscene.py" line="130" />
            <source>指挥长</source>
            <translation>commander</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="134" />
            <location filename="../../xianghua_console/services/onscene.py" line="134" />
            <source>{name}已任{role}，不必再列为成员</source>
            <translation>{name} is already the {role} and need not be a member too</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="139" />
            <location filename="../../xianghua_console/services/onscene.py" line="139" />
            <source>时间不能早于接报时间</source>
            <translation>The time cannot be before the incident was received</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="152" />
            <source>现场指挥部的组成没有变化。</source>
            <translation>The on-site command is unchanged.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="121" />
            <location filename="../../xianghua_console/services/onscene.py" line="130" />
            <source>副指挥长</source>
            <translation>deputy commander</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="125" />
            <source>成员</source>
            <translation>member</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/onscene.py" line="141" />
            <location filename="../../xianghua_console/services/onscene.py" line="141" />
            <source>调整时间不能早于上一次组成的时间</source>
            <translation>The time of the change cannot be before the previous composition</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/progress.py" line="49" />
            <source>已取消，未做任何更改。</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/reports.py" line="49" />
            <source>最近七天</source>
            <translation>The last seven days</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="101" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="101" />
            <source>{name}已归档（停用），不能排班</source>
            <translation>{name} is archived and cannot be placed on the roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="103" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="103" />
            <source>{name}不是可以带班的领导，不能排在带班领导</source>
            <translation>{name} is not a leader who can lead shifts, so cannot be the shift leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="105" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="105" />
            <source>{name}不是驾驶员，不能排在应急车辆驾驶员</source>
            <translation>{name} is not a driver, so cannot drive the emergency vehicle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="716" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="716" />
            <source>{day:%m月%d日}已是法定节假日（{name}），无须本办再设。</source>
            <translation>{day:%m-%d} is already a public holiday ({name}); the office need not set it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="722" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="722" />
            <source>{day:%m月%d日}是周一至周五，本来就按工作日排班{source}；调休上班日应是周末。</source>
            <translation>{day:%m-%d} is a weekday and is already rostered as a workday{source}; a make-up workday is a weekend day.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="720" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="720" />
            <source>{day:%m月%d日}已是法定调休上班日（{name}），无须本办再设。</source>
            <translation>{day:%m-%d} is already an official make-up workday ({name}); the office need not set it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="351" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="351" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="315" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="351" />
            <source>应急车辆</source>
            <translation>Emergency vehicle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1091" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1091" />
            <source>{requester}的{day:%m月%d日}{slot}由{colleague}接替</source>
            <translation>{colleague} takes over {requester}’s {slot} duty on {day:%m-%d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1086" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1086" />
            <source>{requester}的{day:%m月%d日}{slot}由{colleague}接替，{requester}改值{other_day:%m月%d日}{other_slot}</source>
            <translation>{colleague} takes over {requester}’s {slot} duty on {day:%m-%d}; {requester} takes the {other_slot} duty on {other_day:%m-%d} instead</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="231" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="231" />
            <source>派出所备勤电话“{phone}”不合要求：只能由数字和“-”组成（3 到 20 位），如 13903960110 或 0396-6952110</source>
            <translation>The police standby phone “{phone}” is not valid: only digits and “-” (3 to 20 characters), e.g. 13903960110 or 0396-6952110</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="301" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="301" />
            <source>{day:%m月%d日}的班次</source>
            <translation>The shift of {day:%m-%d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="314" />
            <source>{n} 元</source>
            <translation>¥{n:,}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="353" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="179" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="353" />
            <source>应急经费不能为负数。</source>
            <translation>The emergency fund cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="859" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="859" />
            <source>读取值班期和人员库</source>
            <translation>Reading the duty period and the pools</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="935" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="935" />
            <source>排班完成</source>
            <translation>Roster done</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1575" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1575" />
            <source>读取排班</source>
            <translation>Reading the roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1646" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1646" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="193" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="193" />
            <source>读取表格</source>
            <translation>Reading the sheet</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1651" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1651" />
            <source>检查每一行</source>
            <translation>Checking every row</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="167" />
            <source>请填写值班期的名称，例如“2027年全国两会期间”。</source>
            <translation>Enter the duty period’s name, e.g. “2027年全国两会期间”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="169" />
            <source>值班期名称过长（最多 80 个字）。</source>
            <translation>The duty period’s name is too long (at most 80 characters).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="171" />
            <source>结束日期 {end} 早于开始日期 {start}，请检查。</source>
            <translation>The end date {end} is before the start date {start}; please check.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="174" />
            <source>值班期最长 {n} 天，请分成几个值班期。</source>
            <translation>A duty period is at most {n} days; split it into several.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="177" />
            <source>日报开始日期不能晚于值班期的结束日期。</source>
            <translation>Daily reports cannot start after the duty period ends.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="259" />
            <source>没有编号为 {period_id} 的值班期。</source>
            <translation>There is no duty period number {period_id}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="314" />
            <source>应急经费</source>
            <translation>Emergency fund</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="316" />
            <source>派出所备勤</source>
            <translation>Police standby</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="325" />
            <source>{day} 不在值班期“{name}”（{start}至{end}）内。</source>
            <translation>{day} is not in the duty period “{name}” ({start} to {end}).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="582" />
            <source>一次最多登记 {n} 天。</source>
            <translation>At most {n} days can be recorded at once.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="714" />
            <source>（{year}年没有日历数据，按周末计）</source>
            <translation> (no calendar data for {year}: weekends counted)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="886" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="886" />
            <source>计算公平轮换</source>
            <translation>Working out a fair rotation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="898" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1661" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="898" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1661" />
            <source>写入排班</source>
            <translation>Writing the roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1137" />
            <source>调班须换给另一位同事。</source>
            <translation>A swap must be with another colleague.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1143" />
            <source>{name}在{day:%m月%d日}没有排在{slot}，无法调这一班。</source>
            <translation>{name} is not on duty as {slot} on {day:%m-%d}, so that duty cannot be swapped.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1147" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="972" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1165" />
            <source>{why}。</source>
            <translation>{why}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1149" />
            <source>{name}在{day:%m月%d日}已经在班，不能再接这一班。</source>
            <translation>{name} is already on duty on {day:%m-%d} and cannot take over this one.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1153" />
            <source>{name}在{day:%m月%d日}已登记{kind}，不能接班。</source>
            <translation>{name} is marked “{kind}” on {day:%m-%d} and cannot take over.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1193" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1193" />
            <source>调班原因</source>
            <translation>The reason for the swap</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1330" />
            <source>请填写批准调班的办公室主任姓名。</source>
            <translation>Enter the name of the office director who approves the swap.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1331" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1331" />
            <source>批准人</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1624" />
            <source>排班表有 {n} 处问题，没有导入任何一行：
{shown}{more}</source>
            <translation>The roster sheet has {n} problems; not a single row was imported:
{shown}{more}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="188" />
            <source>与值班期“{name}”（{start}至{end}）日期重叠；同一天只能有一个班次，请调整日期。</source>
            <translation>The dates overlap the duty period “{name}” ({start} to {end}); a day can have only one shift, so change the dates.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="313" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="363" />
            <source>{outside} 不在值班期“{name}”内。</source>
            <translation>{outside} is not in the duty period “{name}”.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="586" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="969" />
            <source>没有编号为 {staff_id} 的人员。</source>
            <translation>There is no person number {staff_id}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="679" />
            <source>无日历数据，按{text}</source>
            <translation>No calendar data; counted as {text}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1039" />
            <source>{day:%m月%d日}{slot}的这个位置本来就是空的。</source>
            <translation>This {slot} place on {day:%m-%d} is empty already.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1140" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1281" />
            <source>{day:%m月%d日}的班次已经结束，不能再调班。</source>
            <translation>The shift of {day:%m-%d} is over and can no longer be swapped.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1160" />
            <source>{name}在{day:%m月%d日}没有排在{slot}，无法对换。</source>
            <translation>{name} is not on duty as {slot} on {day:%m-%d}, so the duties cannot be exchanged.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1167" />
            <source>{name}在{day:%m月%d日}已经在班，无法对换。</source>
            <translation>{name} is already on duty on {day:%m-%d}, so the duties cannot be exchanged.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1171" />
            <source>{name}在{day:%m月%d日}已登记{kind}，无法对换。</source>
            <translation>{name} is marked “{kind}” on {day:%m-%d}, so the duties cannot be exchanged.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1201" />
            <source>申请调班的人员或接班的同事不存在。</source>
            <translation>The person asking for the swap or the colleague taking over does not exist.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1231" />
            <source>{name}的这一班已有一份调班申请（第{id}号，{status}）；请先处理或撤回它。</source>
            <translation>{name} already has a swap request for this duty (number {id}, {status}); deal with it or withdraw it first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1269" />
            <source>没有第 {swap_id} 号调班申请。</source>
            <translation>There is no swap request number {swap_id}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1314" />
            <source>排班在申请之后有了变动，这次调班已不能照办：{exc}</source>
            <translation>The roster changed after the request; this swap can no longer be done: {exc}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1622" />
            <source>
……另有 {n} 处问题</source>
            <translation>
… and {n} more problems</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1658" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1658" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1658" />
            <source>表中没有排班行</source>
            <translation>the sheet has no roster rows</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1724" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1724" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1724" />
            <source>{day} 不在值班期“{name}”（{start}至{end}）内</source>
            <translation>{day} is not in the duty period “{name}” ({start} to {end})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1731" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1731" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1731" />
            <source>未知岗位“{post}”，应为{posts}之一</source>
            <translation>unknown post “{post}”; it must be one of {posts}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1764" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1764" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1764" />
            <source>{name}在{day:%m月%d日}已登记{kind}</source>
            <translation>{name} is marked “{kind}” on {day:%m-%d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1771" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1771" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1771" />
            <source>{name}在{day:%m月%d日}已排在第{first}行，同一天不能排两次</source>
            <translation>{name} is already placed on {day:%m-%d} in row {first}; nobody can be placed twice a day</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1783" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1783" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1783" />
            <source>{day:%m月%d日}{post}最多{capacity}人，第{rows}行已排满</source>
            <translation>{day:%m-%d}: {post} takes at most {capacity}, already filled by rows {rows}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="465" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="465" />
            <source>{why}，不能加入{slot}人员库。</source>
            <translation>{why}; cannot join the {slot} pool.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="678" />
            <source>{kind}（{name}）</source>
            <translation>{kind} ({name})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="749" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="749" />
            <source>{day} 没有本办自设的节假日或调休上班，无须删除。</source>
            <translation>{day} has no holiday or make-up workday set by the office; nothing to remove.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="978" />
            <source>{name}在{day:%m月%d日}已排在{slot}，同一班次不能排两次；请先把他从原岗位移除。</source>
            <translation>{name} is already on duty as {slot} on {day:%m-%d}; nobody can be placed twice in a shift, so remove them from that place first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="985" />
            <source>{day:%m月%d日}{slot}已满（{capacity}人）；请选择要替换的人，或先移除一人。</source>
            <translation>{slot} on {day:%m-%d} is full ({capacity}); choose whom to replace, or remove someone first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="990" />
            <source>{slot}没有第{n}个位置。</source>
            <translation>{slot} has no place number {n}.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1205" />
            <source>对换的两个班次须在不同的日子。</source>
            <translation>The two exchanged duties must be on different days.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1209" />
            <source>{name}在{day:%m月%d日}没有排班，无法对换。</source>
            <translation>{name} is not on duty on {day:%m-%d}, so the duties cannot be exchanged.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="462" />
            <source>没有编号为 {staff_id} 的人员</source>
            <translation>there is no person number {staff_id}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="523" />
            <source>{name}：{why}</source>
            <translation>{name}: {why}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1740" />
            <source>人员库中没有“{name}”</source>
            <translation>the staff directory has no “{name}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/roster_admin.py" line="1748" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1748" />
            <location filename="../../xianghua_console/services/roster_admin.py" line="1748" />
            <source>人员库中有{n}名“{name}”，请先在人员库中区分（如加注单位）后再导入</source>
            <translation>the staff directory has {n} people called “{name}”; tell them apart there first (e.g. add the unit), then import</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/settings.py" line="154" />
            <location filename="../../xianghua_console/services/settings.py" line="154" />
            <source>值不合要求</source>
            <translation>the value is not valid</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/settings.py" line="147" />
            <location filename="../../xianghua_console/services/settings.py" line="147" />
            <source>只能是“是”或“否”</source>
            <translation>must be yes or no</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/settings.py" line="149" />
            <location filename="../../xianghua_console/services/settings.py" line="149" />
            <source>请填整数</source>
            <translation>enter a whole number</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/settings.py" line="151" />
            <location filename="../../xianghua_console/services/settings.py" line="151" />
            <source>时间请写成 时:分，如 16:30</source>
            <translation>write the time as hours:minutes, e.g. 16:30</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/settings.py" line="153" />
            <location filename="../../xianghua_console/services/settings.py" line="153" />
            <source>请填一组电话号码</source>
            <translation>enter phone numbers</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/settings.py" line="159" />
            <location filename="../../xianghua_console/services/settings.py" line="159" />
            <source>{setting}：{message}</source>
            <translation>{setting}: {message}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/settings.py" line="85" />
            <source>没有这些设置项：{names}</source>
            <translation>There are no such settings: {names}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/weekly.py" line="181" />
            <location filename="../../xianghua_console/services/weekly.py" line="181" />
            <source>读取本周事件和通知</source>
            <translation>Reading the week’s incidents and notices</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/weekly.py" line="311" />
            <location filename="../../xianghua_console/services/weekly.py" line="311" />
            <source>读取研判会</source>
            <translation>Reading the analysis meetings</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/services/weekly.py" line="313" />
            <location filename="../../xianghua_console/services/weekly.py" line="313" />
            <source>周报数据已读取</source>
            <translation>Weekly report data read</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/chains.py" line="126" />
            <location filename="../../xianghua_console/store/chains.py" line="126" />
            <source>审计日志的哈希链断了：审计日志第 {id} 条（{action}） 被改动、插入或删除过</source>
            <translation>The audit log’s hash chain is broken: audit entry {id} ({action}) was changed, inserted or deleted</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/chains.py" line="154" />
            <location filename="../../xianghua_console/store/chains.py" line="154" />
            <source>时间线的哈希链断了：事件 {number} 的第 {seq} 条时间线记录被改动、插入或删除过</source>
            <translation>A timeline hash chain is broken: entry {seq} of incident {number} was changed, inserted or deleted</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="514" />
            <source>读写数据库 {db} 时出错：{detail}。{unsaved}</source>
            <translation>Reading or writing the database {db} failed: {detail}. {unsaved}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="395" />
            <source>数据库的结构版本（{rev}）比本程序（{head}）新，是由更新版本的值班台写入的。请升级本程序后再打开，不要用旧版本修改它。</source>
            <translation>The database’s schema version ({rev}) is newer than this program’s ({head}): a newer console wrote it. Upgrade this program before opening it; do not change it with an older version.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="400" />
            <source>{db} 中已有数据表，但不是值班台的数据库（没有版本记录）。请另选一个文件或一个空数据库。</source>
            <translation>{db} has tables but is not a duty console database (it has no version record). Choose another file or an empty database.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="408" />
            <source>数据库结构版本为 {rev}，本程序需要 {head}；打开值班台时会先备份再自动升级。</source>
            <translation>The database’s schema version is {rev}; this program needs {head}. Opening the console backs it up first, then upgrades it.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="450" />
            <source>{path} 不是 SQLite 数据库文件（可能选错了文件，或文件已损坏）。</source>
            <translation>{path} is not a SQLite database file (the wrong file was chosen, or it is damaged).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="487" />
            <source>刚才的操作没有保存。</source>
            <translation>What you just did was not saved. </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="489" />
            <source>磁盘已满，无法写入数据库 {db}。{unsaved}请清理磁盘空间（或把数据库移到空间充足的磁盘）后再试。（{detail}）</source>
            <translation>The disk is full; the database {db} cannot be written. {unsaved}Free some disk space (or move the database to a disk with room) and try again. ({detail})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="492" />
            <source>数据库 {db} 是只读的（文件或其所在的文件夹不允许写入），不能保存。{unsaved}请把数据库复制到可写的文件夹再打开，或请管理员开放写入权限。（{detail}）</source>
            <translation>The database {db} is read-only (the file or its folder cannot be written to), so nothing can be saved. {unsaved}Copy the database to a writable folder and open it there, or ask the administrator for write permission. ({detail})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="496" />
            <source>数据库所在的文件夹 {folder} 不能写入（只读或没有权限）：SQLite 需要在数据库旁边建立 -wal 和 -shm 文件。请把数据库复制到可写的文件夹再打开，或另选一个数据库文件。（{detail}）</source>
            <translation>The database’s folder {folder} cannot be written to (read-only or no permission): SQLite needs to create -wal and -shm files beside the database. Copy the database to a writable folder and open it there, or choose another database file. ({detail})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="500" />
            <source>请另选一个数据库文件</source>
            <translation>Choose another database file</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="506" />
            <source>数据库文件 {db} 已损坏，不能可靠地读写。{unsaved}{out}。（{detail}）</source>
            <translation>The database file {db} is damaged and cannot be read or written reliably. {unsaved}{out}. ({detail})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="509" />
            <source>数据库 {db} 正被另一个程序长时间占用（写锁），{unsaved}请稍后再试；如一直如此，请关闭其他打开它的程序。（{detail}）</source>
            <translation>Another program has held the database {db} for a long time (the write lock). {unsaved}Try again later; if it goes on, close the other programs that have it open. ({detail})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="513" />
            <source>无法打开数据库 {db}：{detail}</source>
            <translation>The database {db} cannot be opened: {detail}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="92" />
            <source>数据库地址无法识别：{raw}</source>
            <translation>The database address is not understood: {raw}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="364" />
            <source>{path} 是一个文件夹，不是数据库文件。</source>
            <translation>{path} is a folder, not a database file.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="405" />
            <source>{db} 是空数据库，还没有建立值班台的数据结构。</source>
            <translation>{db} is an empty database without the duty console’s tables yet.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="447" />
            <source>无法读取数据库文件 {path}：{why}</source>
            <translation>The database file {path} cannot be read: {why}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="368" />
            <source>数据库文件不存在：{path}</source>
            <translation>The database file does not exist: {path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="503" />
            <source>请用 xianghua-console restore {backup} 从最近的备份恢复，或另选一个数据库文件</source>
            <translation>Restore the latest backup with xianghua-console restore {backup}, or choose another database file</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="505" />
            <source>没有找到它的备份；请另选一个数据库文件，或把它交给技术人员修复</source>
            <translation>No backup of it was found; choose another database file, or have a technician repair it</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/db.py" line="373" />
            <source>无法创建数据库所在的文件夹 {folder}：{exc}</source>
            <translation>The database’s folder {folder} cannot be created: {exc}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="242" />
            <location filename="../../xianghua_console/store/workstation.py" line="242" />
            <source>数据库文件 {path} 在网络共享上（{kind}）。SQLite 的 WAL 模式在网络共享上不能正常工作，断网或多台电脑同时打开都可能损坏数据。请把数据库放在本机磁盘上；多台工作站共用数据请改用 PostgreSQL。</source>
            <translation>The database file {path} is on a network share ({kind}). SQLite’s WAL mode does not work on a network share: a lost connection or several computers opening it may damage the data. Keep the database on this computer’s disk; to share data between workstations, use PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="251" />
            <location filename="../../xianghua_console/store/workstation.py" line="251" />
            <source>UNC 路径</source>
            <translation>a UNC path</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="266" />
            <location filename="../../xianghua_console/store/workstation.py" line="266" />
            <source>文件系统 {fstype}</source>
            <translation>file system {fstype}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="257" />
            <location filename="../../xianghua_console/store/workstation.py" line="257" />
            <source>网络驱动器 {drive}</source>
            <translation>network drive {drive}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="54" />
            <location filename="../../xianghua_console/store/workstation.py" line="54" />
            <source>工作站“{host}”（进程 {pid}{who}{since}）</source>
            <translation>workstation “{host}” (process {pid}{who}{since})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="144" />
            <source>无法建立工作站锁文件 {target}，请稍后再试。</source>
            <translation>The workstation lock file {target} cannot be created; try again later.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="73" />
            <source>数据库 {path} 正由{where}——{holder}——打开。两个值班台同时使用同一个 SQLite 文件会互相看不到对方的改动。{out}多台工作站共用数据请改用 PostgreSQL。</source>
            <translation>The database {path} is open in {where} — {holder}. Two consoles using one SQLite file at once do not see each other’s changes. {out} To share data between workstations, use PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="52" />
            <source>，自 {since:%Y-%m-%d %H:%M} 起</source>
            <translation>, since {since:%Y-%m-%d %H:%M}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="53" />
            <source>，用户 {user}</source>
            <translation>, user {user}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="66" />
            <source>本机上另一个值班台窗口</source>
            <translation>another console window on this computer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="67" />
            <source>请切换到那个窗口使用，或先关闭它。</source>
            <translation>Switch to that window, or close it first.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="70" />
            <source>请先在那台电脑上关闭值班台。如确认那台电脑已关机或值班台已退出，可选择强制打开（接管锁）。</source>
            <translation>Close the console on that computer first. If you are sure that computer is off or its console has quit, you may force the opening (take over the lock).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/store/workstation.py" line="163" />
            <source>无法在 {folder} 建立工作站锁文件：{why}。数据库所在的文件夹须可写（只读文件夹请把数据库复制到可写的位置）。</source>
            <translation>The workstation lock file cannot be created in {folder}: {why}. The database’s folder must be writable (copy a database in a read-only folder somewhere writable).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/daily_xlsx.py" line="94" />
            <location filename="../../xianghua_console/exports/daily_xlsx.py" line="94" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="67" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="67" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="173" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="173" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="96" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="96" />
            <source>保存文件</source>
            <translation>Saving the file</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/daily_xlsx.py" line="97" />
            <location filename="../../xianghua_console/exports/daily_xlsx.py" line="97" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="70" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="70" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="176" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="176" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="99" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="99" />
            <source>已保存</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/daily_xlsx.py" line="84" />
            <location filename="../../xianghua_console/exports/daily_xlsx.py" line="84" />
            <source>写出工作表</source>
            <translation>Writing the sheets</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/daily_xlsx.py" line="81" />
            <location filename="../../xianghua_console/exports/daily_xlsx.py" line="81" />
            <source>写出 {day} 的表</source>
            <translation>Writing the sheet of {day}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/directory_xlsx.py" line="51" />
            <source>{path} 中没有名为“{sheet}”的工作表（现有：{names}）。</source>
            <translation>{path} has no sheet named “{sheet}” (it has: {names}).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/jobs.py" line="65" />
            <location filename="../../xianghua_console/exports/jobs.py" line="65" />
            <source>读取台账记录</source>
            <translation>Reading the ledger records</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="94" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="94" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="121" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="116" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="121" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="116" />
            <source>写出“{name}”表</source>
            <translation>Writing sheet “{name}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="197" />
            <source>找不到文件：{path}</source>
            <translation>File not found: {path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="199" />
            <source>{path} 不是可读的 Excel 工作簿（.xlsx）：{exc}</source>
            <translation>{path} is not a readable Excel workbook (.xlsx): {exc}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="211" />
            <location filename="../../xianghua_console/exports/ledger_xlsx.py" line="211" />
            <source>读取“{title}”表</source>
            <translation>Reading sheet “{title}”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="220" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="220" />
            <source>“{sheet}”表第{row}行{column}列（{header}）：{reason}</source>
            <translation>Sheet “{sheet}” row {row}, column {column} ({header}): {reason}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="219" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="219" />
            <source>“{sheet}”表：{reason}</source>
            <translation>Sheet “{sheet}”: {reason}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="111" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="111" />
            <source>写出“值班”表</source>
            <translation>Writing sheet “值班”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="125" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="125" />
            <source>写出“排班总表”</source>
            <translation>Writing the roster overview sheet</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="258" />
            <source>找不到文件 {path}</source>
            <translation>File not found: {path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="260" />
            <source>{name} 不是可读取的 Excel（.xlsx）文件：{exc}</source>
            <translation>{name} is not a readable Excel (.xlsx) file: {exc}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="266" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="266" />
            <source>工作簿中没有“{sheet}”表（现有：{names}）</source>
            <translation>the workbook has no sheet “{sheet}” (it has: {names})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="297" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="297" />
            <location filename="../../xianghua_console/exports/roster_xlsx.py" line="297" />
            <source>必填，不能为空</source>
            <translation>required, cannot be empty</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="36" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="36" />
            <source>写出“概况”表</source>
            <translation>Writing sheet “概况”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="38" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="38" />
            <source>写出“事件”表</source>
            <translation>Writing sheet “事件”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="52" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="52" />
            <source>写出“日报”表</source>
            <translation>Writing sheet “日报”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="62" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="62" />
            <source>写出“研判会”表</source>
            <translation>Writing sheet “研判会”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="77" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="77" />
            <source>写出“通知”表</source>
            <translation>Writing sheet “通知”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="87" />
            <location filename="../../xianghua_console/exports/weekly_xlsx.py" line="87" />
            <source>写出“未结事项”表</source>
            <translation>Writing the open items sheet</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/messages.py" line="33" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/messages.py" line="33" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/messages.py" line="33" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/messages.py" line="33" />
            <source>或</source>
            <translation> or </translation>
        </message>
    </context>
    <context>
        <name>directories</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="82" />
            <source>在用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="84" />
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="85" />
            <source>已归档 {when} {by}</source>
            <translation>Archived {when} {by}</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="54" />
            <source>周一</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="55" />
            <source>周二</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="56" />
            <source>周三</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="57" />
            <source>周四</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="58" />
            <source>周五</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="59" />
            <source>周六</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="60" />
            <source>周日</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="72" />
            <source>{y}年{m}月{d}日（{w}）</source>
            <translation>{w} {y}-{m:02d}-{d:02d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="109" />
            <source>{m} 分钟</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="95" />
            <source>{d}天{hms}</source>
            <translation>{d}d {hms}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="100" />
            <source>超时 {t}</source>
            <translation>overdue {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="108" />
            <source>{h} 小时 {m} 分钟</source>
            <translation>{h} h {m} min</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="120" />
            <source>如 09:35 或 03-05 09:35</source>
            <translation>e.g. 09:35 or 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="333" />
            <source>保存（Ctrl+S）</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="335" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="423" />
            <source>看不懂这个时间：请写成 09:35 或 03-05 09:35</source>
            <translation>Cannot read this time: write it as 09:35 or 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="664" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="664" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="367" />
            <source>：</source>
            <translation>:</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="607" />
            <source>已读取最新内容：对方的其他修改已填入，你的修改保留。标出的项目对方也改过，请核对后再保存。</source>
            <translation>Loaded the latest version: the other computer's changes are filled in and yours are kept. The marked items were changed there too: check them before saving.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="609" />
            <source>已读取最新内容，你的修改保留；请核对后再保存。</source>
            <translation>Loaded the latest version and kept your changes; check before saving.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="599" />
            <source>另一台电脑也改了这一项，改为：{v}（这里保留了你填写的）</source>
            <translation>Another computer changed this too, to: {v} (what you entered is kept here)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="600" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="26" />
            <source>现场指挥部负责处置</source>
            <translation>On-site command in charge</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="27" />
            <source>分指挥部指导协调</source>
            <translation>Sub-command coordinates</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="28" />
            <source>总指挥部统一指挥、直接处置</source>
            <translation>HQ commands and acts directly</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/deadlines.py" line="29" />
            <source>报告信访办</source>
            <translation>Report to petition office</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/deadlines.py" line="30" />
            <location filename="../../xianghua_console/domain/enums.py" line="119" />
            <source>报告镇主要领导</source>
            <translation>Report to town leaders</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/deadlines.py" line="31" />
            <location filename="../../xianghua_console/domain/enums.py" line="124" />
            <source>分指挥部接收</source>
            <translation>Sub-command accepts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/deadlines.py" line="32" />
            <source>提交专题报告</source>
            <translation>Special report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="18" />
            <source>村</source>
            <translation>Village</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="18" />
            <source>镇直单位</source>
            <translation>Town department</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="30" />
            <source>总指挥部</source>
            <translation>HQ</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="31" />
            <source>总指挥部办公室</source>
            <translation>HQ office</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="32" />
            <source>工作组</source>
            <translation>Working group</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="33" />
            <source>分指挥部</source>
            <translation>Sub-command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="46" />
            <source>一般</source>
            <translation>Ordinary</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="46" />
            <source>较重</source>
            <translation>Heavier</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="46" />
            <source>严重</source>
            <translation>Serious</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="68" />
            <source>接报</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="69" />
            <source>已核实</source>
            <translation>Verified</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="70" />
            <source>已启动预案</source>
            <translation>Plan launched</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="71" />
            <source>现场指挥部已成立</source>
            <translation>On-site command set up</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="72" />
            <source>已得到控制</source>
            <translation>Under control</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="73" />
            <source>已宣布应急结束</source>
            <translation>Emergency ended</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="74" />
            <source>已收专题报告</source>
            <translation>Special report received</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="75" />
            <source>已结案</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="111" />
            <source>接报登记</source>
            <translation>Incident logged</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="112" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="25" />
            <source>核实</source>
            <translation>Verify</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="113" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="26" />
            <source>启动预案</source>
            <translation>Launch plan</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="114" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="27" />
            <source>成立现场指挥部</source>
            <translation>Set up command</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="115" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="28" />
            <source>得到控制</source>
            <translation>Under control</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="116" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="29" />
            <location filename="../../xianghua_console/domain/permissions.py" line="66" />
            <source>宣布应急结束</source>
            <translation>End emergency</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="117" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="30" />
            <source>收到专题报告</source>
            <translation>Special report in</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="118" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="31" />
            <source>结案</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="120" />
            <source>报告县委县政府</source>
            <translation>Report to the county</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="121" />
            <source>处置指示</source>
            <translation>Instruction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="122" />
            <source>派出工作组督导</source>
            <translation>Working group sent</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="123" />
            <source>分派</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="125" />
            <source>更正</source>
            <translation>Correction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="126" />
            <location filename="../../xianghua_console/domain/permissions.py" line="69" />
            <source>确认时限提醒</source>
            <translation>Alert acknowledged</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="127" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="128" />
            <source>调整事件程度</source>
            <translation>Severity changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="129" />
            <source>分派工作组和成员单位</source>
            <translation>Groups and units assigned</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="130" />
            <source>现场指挥部组成</source>
            <translation>On-site command members</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="131" />
            <source>调整现场指挥部</source>
            <translation>On-site command changed</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="144" />
            <source>带班领导</source>
            <translation>Shift leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="145" />
            <source>值班人员</source>
            <translation>Duty staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="146" />
            <location filename="../../xianghua_console/domain/roster_checks.py" line="351" />
            <source>备勤人员</source>
            <translation>Standby staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="147" />
            <source>应急车辆/驾驶员</source>
            <translation>Vehicle/driver</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="157" />
            <source>平安（零报告）</source>
            <translation>All clear (zero report)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="157" />
            <location filename="../../xianghua_console/domain/enums.py" line="174" />
            <source>有情况</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="172" />
            <source>未报</source>
            <translation>Not reported</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="173" />
            <source>平安</source>
            <translation>All clear</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="175" />
            <source>迟报</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="176" />
            <source>缺报</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="189" />
            <source>值班员</source>
            <translation>Duty officer</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="190" />
            <source>办公室主任</source>
            <translation>Office director</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="191" />
            <source>指挥长</source>
            <translation>Commander</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="192" />
            <source>只读</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="205" />
            <source>请假</source>
            <translation>Leave</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="205" />
            <source>出差</source>
            <translation>Trip</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="205" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="216" />
            <location filename="../../xianghua_console/domain/holidays.py" line="40" />
            <source>节假日</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="216" />
            <source>调休上班</source>
            <translation>Make-up workday</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="231" />
            <source>待同事同意</source>
            <translation>Awaiting colleague</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="232" />
            <source>待主任批准</source>
            <translation>Awaiting director</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="233" />
            <source>已批准</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="234" />
            <source>未同意</source>
            <translation>Declined</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="235" />
            <source>已撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/holidays.py" line="40" />
            <source>工作日</source>
            <translation>Workday</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/holidays.py" line="40" />
            <source>周末</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="64" />
            <source>登记事件</source>
            <translation>Log incidents</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="65" />
            <source>推进事件处置环节</source>
            <translation>Move incidents along their steps</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="67" />
            <source>登记向领导和县里的报告</source>
            <translation>Record reports to the leaders and the county</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="68" />
            <source>更正事件时间</source>
            <translation>Correct incident times</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="70" />
            <source>分派事件、调整程度和工作组</source>
            <translation>Assign incidents, change severity and working groups</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="71" />
            <source>登记处置指示和派出工作组</source>
            <translation>Record instructions and send working groups</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="72" />
            <source>登记分指挥部接收</source>
            <translation>Record sub-command acceptance</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="73" />
            <source>成立或调整现场指挥部</source>
            <translation>Set up or change on-site commands</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="74" />
            <source>发布预警通知</source>
            <translation>Issue warning notices</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="75" />
            <source>登记通知回执</source>
            <translation>Record notice receipts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="76" />
            <source>登记和更正日报</source>
            <translation>Record and correct daily reports</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="77" />
            <source>日报关账</source>
            <translation>Close the daily reports</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="78" />
            <source>登记研判会</source>
            <translation>Record analysis meetings</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="79" />
            <source>编排值班表</source>
            <translation>Edit the roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="80" />
            <source>导入值班表</source>
            <translation>Import the roster</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="81" />
            <source>申请和办理调班</source>
            <translation>Request and handle swaps</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="82" />
            <source>批准调班</source>
            <translation>Approve swaps</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="83" />
            <source>维护单位、人员和指挥机构目录</source>
            <translation>Keep the directory of units, staff and command bodies</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="84" />
            <source>导入目录</source>
            <translation>Import the directory</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="85" />
            <source>导入台账</source>
            <translation>Import the ledger</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="86" />
            <source>修改设置</source>
            <translation>Change the settings</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="87" />
            <source>管理账号</source>
            <translation>Manage accounts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="88" />
            <source>从备份恢复数据库</source>
            <translation>Restore the database from a backup</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="89" />
            <source>查看报告人姓名和电话</source>
            <translation>See reporters’ names and phones</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/permissions.py" line="90" />
            <source>查看和导出审计日志</source>
            <translation>See and export the audit log</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="38" />
            <source>无带班领导</source>
            <translation>No shift leader</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="39" />
            <source>值班人员不足</source>
            <translation>Too few duty staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="40" />
            <source>备勤人员不足</source>
            <translation>Too few standby staff</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="41" />
            <source>重复排班</source>
            <translation>Double-booked</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="42" />
            <source>请假/出差仍在班</source>
            <translation>On duty while on leave/trip</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="43" />
            <source>岗位不符</source>
            <translation>Wrong post</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="44" />
            <source>连值两班</source>
            <translation>Two shifts in a row</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="348" />
            <source>应急经费</source>
            <translation>Emergency fund</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="349" />
            <source>应急车辆</source>
            <translation>Emergency vehicle</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="350" />
            <source>驾驶员</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="23" />
            <source>同事同意</source>
            <translation>Colleague agrees</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="24" />
            <source>主任批准</source>
            <translation>Director approves</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="25" />
            <source>不同意</source>
            <translation>Decline</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="26" />
            <source>撤回申请</source>
            <translation>Withdraw</translation>
        </message>
    </context>
    <context>
        <name>notices</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="319" />
            <source>回执时限 {due}　{left}　已回执 {done}/{total}，未回执 {pending} 个单位</source>
            <translation>Receipts due {due} · {left} · Confirmed {done}/{total}, {pending} units outstanding</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="349" />
            <source>回执情况</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="318" />
            <source>剩余 {left}</source>
            <translation>{left} left</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="313" />
            <source>回执 {done}/{total}，未回执 {pending} 个单位（未设回执时限）</source>
            <translation>Receipts {done}/{total}, {pending} units outstanding (no receipt deadline)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="311" />
            <source>回执已齐：{total}/{total}</source>
            <translation>All receipts in: {total}/{total}</translation>
        </message>
    </context>
    <context>
        <name>print_preview</name>
        <message>
            <location filename="../../xianghua_console/gui/print_preview.py" line="26" />
            <source>找不到中文字体，无法打印（请安装 fonts-wqy-microhei 或 Noto CJK）。</source>
            <translation>No Chinese font found, cannot print (install fonts-wqy-microhei or Noto CJK).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/print_preview.py" line="53" />
            <source>打印预览 — {title}</source>
            <translation>Print preview — {title}</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <location filename="../../xianghua_console/gui/printing.py" line="65" />
            <source>无法开始打印（打印机不可用）。</source>
            <translation>Cannot start printing (printer not available).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/printing.py" line="75" />
            <source>找不到中文字体，无法生成 PDF（请安装 fonts-wqy-microhei 或 Noto CJK）。</source>
            <translation>No Chinese font found, cannot create the PDF (install fonts-wqy-microhei or Noto CJK).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/printing.py" line="54" />
            <source>无法写入 PDF 文件：{path}</source>
            <translation>Cannot write the PDF file: {path}</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="85" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="86" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="169" />
            <source>无法写入 {path}：文件被占用或没有写入权限（是否正在 Excel 或 WPS 中打开？请关闭后重试）。</source>
            <translation>Cannot write {path}: the file is in use or not writable (is it open in Excel or WPS? Close it and try again).</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="172" />
            <source>无法写入 {path}：{error}</source>
            <translation>Cannot write {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>screenshot</name>
        <message>
            <location filename="../../xianghua_console/gui/screenshot.py" line="65" />
            <source>无法写入截图 {path}</source>
            <translation>Cannot write the screenshot {path}</translation>
        </message>
    </context>
    <context>
        <name>step_dialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="93" />
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="182" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="94" />
            <source>可不填；填写时记入时间线</source>
            <translation>Optional; recorded on the timeline when filled in</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="157" />
            <source>报告县委县政府</source>
            <translation>Report to the county</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="157" />
            <source>报告镇主要领导</source>
            <translation>Report to the town's principal leaders</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="162" />
            <source>报告对象</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="237" />
            <source>更正不会抹去原来的时间：时间线上新增一条更正记录，写明原值、新值和原因，时限随之重算。</source>
            <translation>A correction does not erase the original time: a correction entry with the old value, the new value and the reason is added to the timeline, and the deadlines are recalculated.</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="243" />
            <source>更正哪个时间</source>
            <translation>Time to correct</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="251" />
            <source>改为</source>
            <translation>Change to</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="252" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="255" />
            <source>必填：为什么更正，依据是什么（如：经核实村里报告的时间有误）</source>
            <translation>Required: why, and on what grounds (e.g. the village's reported time was found to be wrong)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="90" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="113" />
            <source>保存专题报告</source>
            <translation>Save special report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="113" />
            <source>收到时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="158" />
            <source>记录报告</source>
            <translation>Record report</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="159" />
            <source>报告时间</source>
            <translation>Reported at</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="166" />
            <source>写明职务和姓名，如：镇党委书记×××、镇长×××</source>
            <translation>Give position and name, e.g. Party Secretary ×××, Mayor ×××</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="231" />
            <source>保存更正</source>
            <translation>Save correction</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="170" />
            <source>时限 {due}（{left}）</source>
            <translation>Due {due} ({left})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="230" />
            <source>更正时间 — {n}</source>
            <translation>Correct a time — {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="246" />
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="268" />
            <source>{what}（现为 {value}）</source>
            <translation>{what} (now {value})</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="172" />
            <source>已超时 {m}</source>
            <translation>{m} overdue</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="174" />
            <source>还有 {m}</source>
            <translation>{m} left</translation>
        </message>
    </context>
    <context>
        <name>uiload</name>
        <message>
            <location filename="../../xianghua_console/gui/uiload.py" line="30" />
            <source>界面文件无法打开：{path}</source>
            <translation>Cannot open the interface file: {path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/uiload.py" line="38" />
            <source>界面文件无法载入：{path}（{error}）</source>
            <translation>Cannot load the interface file: {path} ({error})</translation>
        </message>
    </context>
</TS>
