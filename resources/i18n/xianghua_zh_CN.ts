<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/about.py" line="17" />
            <source>版本 {v}</source>
            <translation>版本 {v}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/about.py" line="20" />
            <source>数据库：{db}</source>
            <translation>数据库：{db}</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="9" />
            <source>关于香花镇信访稳定值班台</source>
            <translation>关于香花镇信访稳定值班台</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="15" />
            <source>&lt;h2&gt;香花镇信访稳定值班台&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;香花镇信访稳定值班台&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="21" />
            <source>版本</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="26" />
            <source>数据库</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="36" />
            <source>依据：香发【2013】13号《关于做好全国两会期间信访稳定工作的应急预案》。各项时限均为默认值，可在设置中修改。</source>
            <translation>依据：香发【2013】13号《关于做好全国两会期间信访稳定工作的应急预案》。各项时限均为默认值，可在设置中修改。</translation>
        </message>
        <message>
            <location filename="../../ui/about.ui" line="44" />
            <source>信访是群众反映诉求的合法渠道。本程序记录事件、本办的处置行动和时限，使诉求得到答复、工作有据可查；不建立针对信访人的名单，不做人员盯控、行踪跟踪或拦截调度。</source>
            <translation>信访是群众反映诉求的合法渠道。本程序记录事件、本办的处置行动和时限，使诉求得到答复、工作有据可查；不建立针对信访人的名单，不做人员盯控、行踪跟踪或拦截调度。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../xianghua_console/gui/i18n.py" line="39" />
            <source>香花镇信访稳定值班台</source>
            <translation>香花镇信访稳定值班台</translation>
        </message>
    </context>
    <context>
        <name>AssignmentDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="567" />
            <source>已记录接收。</source>
            <translation>已记录接收。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="603" />
            <source>工作组和成员单位已保存。</source>
            <translation>工作组和成员单位已保存。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="616" />
            <source>已记录处置指示。</source>
            <translation>已记录处置指示。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="630" />
            <source>已记录派出工作组。</source>
            <translation>已记录派出工作组。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="65" />
            <source>{name}（⚠ 未指定负责人）</source>
            <translation>{name}（⚠ 未指定负责人）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="77" />
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="137" />
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="427" />
            <source>分派</source>
            <translation>分派</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="80" />
            <source>正在读取事件……</source>
            <translation>正在读取事件……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="97" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="117" />
            <source>分派分指挥部</source>
            <translation>分派分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="123" />
            <source>分指挥部</source>
            <translation>分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="124" />
            <source>请选择分指挥部</source>
            <translation>请选择分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="134" />
            <source>改派原因</source>
            <translation>改派原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="135" />
            <source>改派原因：</source>
            <translation>改派原因：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="145" />
            <source>分指挥部：</source>
            <translation>分指挥部：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="155" />
            <source>分指挥部接收</source>
            <translation>分指挥部接收</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="164" />
            <source>分指挥部接收人</source>
            <translation>分指挥部接收人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="167" />
            <source>记录接收</source>
            <translation>记录接收</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="172" />
            <source>接收人：</source>
            <translation>接收人：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="177" />
            <source>接收时间：</source>
            <translation>接收时间：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="181" />
            <source>事件程度与指挥</source>
            <translation>事件程度与指挥</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="193" />
            <source>如：人数增加、情绪激动</source>
            <translation>如：人数增加、情绪激动</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="194" />
            <source>调整程度</source>
            <translation>调整程度</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="203" />
            <source>程度：</source>
            <translation>程度：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="209" />
            <source>调整原因：</source>
            <translation>调整原因：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="213" />
            <source>工作组和成员单位</source>
            <translation>工作组和成员单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="220" />
            <source>筛选单位：输入名称</source>
            <translation>筛选单位：输入名称</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="221" />
            <source>筛选成员单位</source>
            <translation>筛选成员单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="226" />
            <source>成员单位</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="228" />
            <source>保存工作组和成员单位</source>
            <translation>保存工作组和成员单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="240" />
            <source>总指挥部处置</source>
            <translation>总指挥部处置</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="245" />
            <source>处置指示的内容</source>
            <translation>处置指示的内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="247" />
            <source>记录处置指示</source>
            <translation>记录处置指示</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="254" />
            <source>工作组成员</source>
            <translation>工作组成员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="257" />
            <source>督导任务</source>
            <translation>督导任务</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="258" />
            <source>记录派出工作组</source>
            <translation>记录派出工作组</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="262" />
            <source>指示对象：</source>
            <translation>指示对象：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="266" />
            <source>处置指示：</source>
            <translation>处置指示：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="267" />
            <source>工作组带队：</source>
            <translation>工作组带队：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="272" />
            <source>成员、任务：</source>
            <translation>成员、任务：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="276" />
            <source>分派与处置记录（时间线）</source>
            <translation>分派与处置记录（时间线）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="64" />
            <source>{name}（负责人：{head}）</source>
            <translation>{name}（负责人：{head}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="389" />
            <source>还没有分派或处置记录。</source>
            <translation>还没有分派或处置记录。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="421" />
            <source>选择了类别对应以外的分指挥部，须写明原因</source>
            <translation>选择了类别对应以外的分指挥部，须写明原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="421" />
            <source>按类别对应分派，无需原因</source>
            <translation>按类别对应分派，无需原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="428" />
            <source>尚未分派（上面是类别建议）。</source>
            <translation>尚未分派（上面是类别建议）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="431" />
            <source>改派</source>
            <translation>改派</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="484" />
            <source>分派后开始计算接收时限。</source>
            <translation>分派后开始计算接收时限。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="488" />
            <source>（超时接收）</source>
            <translation>（超时接收）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="488" />
            <source>（按时）</source>
            <translation>（按时）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="498" />
            <source>接收时限 {due}　{left}</source>
            <translation>接收时限 {due}　{left}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="547" />
            <source>已分派给{name}。</source>
            <translation>已分派给{name}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="582" />
            <source>事件程度已调整为“{w}”。</source>
            <translation>事件程度已调整为“{w}”。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="301" />
            <source>分派 — {number}</source>
            <translation>分派 — {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="458" />
            <source>较重的事件由分指挥部指导协调，请先分派分指挥部。</source>
            <translation>较重的事件由分指挥部指导协调，请先分派分指挥部。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="544" />
            <source>请选择一个分指挥部</source>
            <translation>请选择一个分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="563" />
            <source>看不懂这个时间：请写成 09:35 或 03-05 09:35</source>
            <translation>看不懂这个时间：请写成 09:35 或 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="633" />
            <source>请选择带队的人员</source>
            <translation>请选择带队的人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="310" />
            <source>类别“{cat}”对应：{body}</source>
            <translation>类别“{cat}”对应：{body}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="313" />
            <source>类别“{cat}”没有对应的分指挥部，请选择。</source>
            <translation>类别“{cat}”没有对应的分指挥部，请选择。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="433" />
            <source>已分派给{sub}：{at}（{by}）</source>
            <translation>已分派给{sub}：{at}（{by}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="446" />
            <source>指挥：&lt;b&gt;{line}&lt;/b&gt;</source>
            <translation>指挥：&lt;b&gt;{line}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="449" />
            <source>现为 {now}&lt;br&gt;调整后：&lt;b&gt;{then}&lt;/b&gt;</source>
            <translation>现为 {now}&lt;br&gt;调整后：&lt;b&gt;{then}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="490" />
            <source>已接收：{at}　接收人 {by}{late}</source>
            <translation>已接收：{at}　接收人 {by}{late}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="499" />
            <source>剩余 </source>
            <translation>剩余 </translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="304" />
            <source>（未分类）</source>
            <translation>（未分类）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/assignment.py" line="314" />
            <source>未分类</source>
            <translation>未分类</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="85" />
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="86" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="170" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="204" />
            <source>操作人</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="87" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="176" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="205" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="88" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="173" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="204" />
            <source>对象</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="89" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="180" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="205" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="90" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="160" />
            <source>审计日志</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="181" />
            <source>记录编号</source>
            <translation>记录编号</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="184" />
            <source>从</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="186" />
            <source>起始日期</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="187" />
            <source>到</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="189" />
            <source>截止日期</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="196" />
            <source>查询</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="200" />
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="230" />
            <source>审计记录</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="249" />
            <source>改动前后</source>
            <translation>改动前后</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="268" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="311" />
            <location filename="../../xianghua_console/gui/audit_view.py" line="195" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="342" />
            <source>正在读取……</source>
            <translation>正在读取……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="428" />
            <source>导出审计日志</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="429" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="447" />
            <source>正在导出……</source>
            <translation>正在导出……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="251" />
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="251" />
            <source>改动前</source>
            <translation>改动前</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="251" />
            <source>改动后</source>
            <translation>改动后</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="335" />
            <source>起始日期不能晚于截止日期。</source>
            <translation>起始日期不能晚于截止日期。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="356" />
            <source>共 {n} 条，新的在前</source>
            <translation>共 {n} 条，新的在前</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="427" />
            <source>审计日志-{day}.xlsx</source>
            <translation>审计日志-{day}.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="206" />
            <source>：</source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="398" />
            <source>第 {id} 条　{at}　{actor}　{action}　{entity} {eid}</source>
            <translation>第 {id} 条　{at}　{actor}　{action}　{entity} {eid}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="455" />
            <source>已导出 {n} 条到 {path}</source>
            <translation>已导出 {n} 条到 {path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/audit_view.py" line="451" />
            <source>导出失败：</source>
            <translation>导出失败：</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="194" />
            <source>值班台将关闭，请重新打开并登录。</source>
            <translation>值班台将关闭，请重新打开并登录。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="78" />
            <source>备份数据库…</source>
            <translation>备份数据库…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="80" />
            <source>把数据库复制到一个新文件（在线备份，不必退出）</source>
            <translation>把数据库复制到一个新文件（在线备份，不必退出）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="83" />
            <source>从备份恢复…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="85" />
            <source>先检查备份文件，再用它替换当前数据库（当前数据库先另存一份）</source>
            <translation>先检查备份文件，再用它替换当前数据库（当前数据库先另存一份）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="124" />
            <location filename="../../xianghua_console/gui/backup_actions.py" line="133" />
            <source>备份数据库</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="125" />
            <source>SQLite 数据库 (*.sqlite)</source>
            <translation>SQLite 数据库 (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="148" />
            <source>选择要恢复的备份文件</source>
            <translation>选择要恢复的备份文件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="149" />
            <source>数据库备份 (*.sqlite *.bak);;所有文件 (*)</source>
            <translation>数据库备份 (*.sqlite *.bak);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="155" />
            <location filename="../../xianghua_console/gui/backup_actions.py" line="184" />
            <source>从备份恢复</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="162" />
            <source>先检查备份文件，当前数据库另存一份后再替换；替换开始后不能取消。备份之后登记的内容将不在恢复后的数据库中。恢复完成后值班台会关闭，请重新打开。</source>
            <translation>先检查备份文件，当前数据库另存一份后再替换；替换开始后不能取消。备份之后登记的内容将不在恢复后的数据库中。恢复完成后值班台会关闭，请重新打开。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="165" />
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="166" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="197" />
            <source>已从备份恢复</source>
            <translation>已从备份恢复</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="123" />
            <source>手动备份-{stamp}.sqlite</source>
            <translation>手动备份-{stamp}.sqlite</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="140" />
            <source>已备份到 {p}</source>
            <translation>已备份到 {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="191" />
            <source>已从 {f} 恢复数据库。</source>
            <translation>已从 {f} 恢复数据库。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="210" />
            <source>上一项备份或恢复还没有完成，请稍候。</source>
            <translation>上一项备份或恢复还没有完成，请稍候。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="156" />
            <source>用“{f}”替换当前数据库？</source>
            <translation>用“{f}”替换当前数据库？</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/backup_actions.py" line="193" />
            <source>原数据库另存为 {p}。</source>
            <translation>原数据库另存为 {p}。</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../xianghua_console/gui/widgets.py" line="40" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/widgets.py" line="41" />
            <source>不再显示这条消息</source>
            <translation>不再显示这条消息</translation>
        </message>
    </context>
    <context>
        <name>BodyModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="124" />
            <source>指挥机构</source>
            <translation>指挥机构</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="124" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="124" />
            <source>负责人（预案职务）</source>
            <translation>负责人（预案职务）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="125" />
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="125" />
            <source>副职</source>
            <translation>副职</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="125" />
            <source>成员单位</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="125" />
            <source>驻地</source>
            <translation>驻地</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="128" />
            <source>⚠ 未指定</source>
            <translation>⚠ 未指定</translation>
        </message>
    </context>
    <context>
        <name>CategoryModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="143" />
            <source>事件类别</source>
            <translation>事件类别</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="143" />
            <source>对应分指挥部</source>
            <translation>对应分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="146" />
            <source>（不对应，分派时另选）</source>
            <translation>（不对应，分派时另选）</translation>
        </message>
    </context>
    <context>
        <name>ChaseModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="246" />
            <source>待催报</source>
            <translation>待催报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="253" />
            <source>未指定信息员</source>
            <translation>未指定信息员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="259" />
            <source>单击：在日报表中选中{u}（再按空格即登记平安）</source>
            <translation>单击：在日报表中选中{u}（再按空格即登记平安）</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="75" />
            <source>记录已被另一台电脑修改</source>
            <translation>记录已被另一台电脑修改</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="89" />
            <source>对方修改后的内容</source>
            <translation>对方修改后的内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="121" />
            <source>返回（保留我填写的内容）</source>
            <translation>返回（保留我填写的内容）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="181" />
            <source>读取最新内容，重新应用我的修改</source>
            <translation>读取最新内容，重新应用我的修改</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="85" />
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="86" />
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="85" />
            <source>你打开时</source>
            <translation>你打开时</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="85" />
            <source>现在</source>
            <translation>现在</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="86" />
            <source>现在的内容</source>
            <translation>现在的内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="116" />
            <source>读取最新内容，再修改</source>
            <translation>读取最新内容，再修改</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="78" />
            <source>对方改了：{what}</source>
            <translation>对方改了：{what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/conflict_dialog.py" line="109" />
            <source>对方修改了这一项</source>
            <translation>对方修改了这一项</translation>
        </message>
    </context>
    <context>
        <name>DailyBoardModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="130" />
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="131" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="132" />
            <source>信息员</source>
            <translation>信息员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="133" />
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="134" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="135" />
            <source>报送时间</source>
            <translation>报送时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="136" />
            <source>接报人</source>
            <translation>接报人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="137" />
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="138" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="178" />
            <source>未指定</source>
            <translation>未指定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="199" />
            <source>紧急·未登记事件</source>
            <translation>紧急·未登记事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="205" />
            <source>已更正</source>
            <translation>已更正</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="196" />
            <source>平安</source>
            <translation>平安</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="197" />
            <source>有情况</source>
            <translation>有情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="201" />
            <source>紧急·已登记事件</source>
            <translation>紧急·已登记事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="203" />
            <source>已关联事件</source>
            <translation>已关联事件</translation>
        </message>
    </context>
    <context>
        <name>DailyCorrectionDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="153" />
            <source>报送情况</source>
            <translation>报送情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="157" />
            <source>情况内容</source>
            <translation>情况内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="162" />
            <source>报送时间</source>
            <translation>报送时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="164" />
            <source>更正原因</source>
            <translation>更正原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="165" />
            <source>如：误记为平安，该村实际报告了情况</source>
            <translation>如：误记为平安，该村实际报告了情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="138" />
            <source>更正日报</source>
            <translation>更正日报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="138" />
            <source>保存更正</source>
            <translation>保存更正</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="145" />
            <source>原记录：{day} {kind}，{t} 报送，接报人 {who}</source>
            <translation>原记录：{day} {kind}，{t} 报送，接报人 {who}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="149" />
            <source>更正不会改动原记录：将另记一条，并注明原因。</source>
            <translation>更正不会改动原记录：将另记一条，并注明原因。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="158" />
            <source>有情况时必填</source>
            <translation>有情况时必填</translation>
        </message>
    </context>
    <context>
        <name>DailyDialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="53" />
            <source>未指定信息员</source>
            <translation>未指定信息员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="287" />
            <source>请问清发生时间，如 09:35</source>
            <translation>请问清发生时间，如 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="56" />
            <source>&lt;b&gt;{unit}&lt;/b&gt;　{kind}　信息员：{officer}</source>
            <translation>&lt;b&gt;{unit}&lt;/b&gt;　{kind}　信息员：{officer}</translation>
        </message>
    </context>
    <context>
        <name>DailyView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="525" />
            <source>日报</source>
            <translation>日报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="265" />
            <source>{m}月{d}日</source>
            <translation>{m}月{d}日</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="276" />
            <source>已关账</source>
            <translation>已关账</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="280" />
            <source>全部已报</source>
            <translation>全部已报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="446" />
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="453" />
            <source>查找单位：名称或拼音首字母，如 dgc</source>
            <translation>查找单位：名称或拼音首字母，如 dgc</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="456" />
            <source>输入后回车（或↓）选中第一个，再按空格即登记平安；Esc 清除</source>
            <translation>输入后回车（或↓）选中第一个，再按空格即登记平安；Esc 清除</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="472" />
            <source>平安（空格）</source>
            <translation>平安（空格）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="473" />
            <source>选中单位报平安（零报告）：记下现在的时间和接报人</source>
            <translation>选中单位报平安（零报告）：记下现在的时间和接报人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="477" />
            <source>有情况…（回车）</source>
            <translation>有情况…（回车）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="478" />
            <source>选中单位报来情况：填写内容；紧急的同时登记事件</source>
            <translation>选中单位报来情况：填写内容；紧急的同时登记事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="481" />
            <source>更正…</source>
            <translation>更正…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="482" />
            <source>更正选中单位的日报（另记一条，写明原因）</source>
            <translation>更正选中单位的日报（另记一条，写明原因）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="485" />
            <source>登记事件…</source>
            <translation>登记事件…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="486" />
            <source>把选中单位的紧急情况登记为事件</source>
            <translation>把选中单位的紧急情况登记为事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="490" />
            <source>关账…</source>
            <translation>关账…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="491" />
            <source>截止后关账：仍未报的单位记为缺报，当日日报冻结</source>
            <translation>截止后关账：仍未报的单位记为缺报，当日日报冻结</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="493" />
            <source>更正选中单位的日报</source>
            <translation>更正选中单位的日报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="500" />
            <source>选中单位报平安（零报告）</source>
            <translation>选中单位报平安（零报告）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="503" />
            <source>选中单位报来情况…</source>
            <translation>选中单位报来情况…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="508" />
            <source>下一个未报单位</source>
            <translation>下一个未报单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="621" />
            <source>缺报 {n}</source>
            <translation>缺报 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="621" />
            <location filename="../../xianghua_console/gui/views/daily.py" line="285" />
            <source>未报 {n}</source>
            <translation>未报 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="797" />
            <source>（迟报）</source>
            <translation>（迟报）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="872" />
            <source>紧急情况：请在“接报登记”中补全发生时间、类别等，保存后自动关联本日报。</source>
            <translation>紧急情况：请在“接报登记”中补全发生时间、类别等，保存后自动关联本日报。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="925" />
            <source>关账</source>
            <translation>关账</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="928" />
            <source>确定关账</source>
            <translation>确定关账</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="929" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="952" />
            <source>无缺报</source>
            <translation>无缺报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="297" />
            <source>距今日 {t} 截止</source>
            <translation>距今日 {t} 截止</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="438" />
            <source>日期：</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="625" />
            <source>（已关账，只能更正）</source>
            <translation>（已关账，只能更正）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="711" />
            <source>没有未报的单位了。</source>
            <translation>没有未报的单位了。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="769" />
            <source>请先选中一个单位（可在“查找单位”中输入拼音首字母）。</source>
            <translation>请先选中一个单位（可在“查找单位”中输入拼音首字母）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="830" />
            <source>请先选中报来情况的单位。</source>
            <translation>请先选中报来情况的单位。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="918" />
            <source>关账后，{d}的日报即冻结，此后只能更正并写明原因。</source>
            <translation>关账后，{d}的日报即冻结，此后只能更正并写明原因。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="275" />
            <source>{d} 日报</source>
            <translation>{d} 日报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="280" />
            <source>截止 {t}</source>
            <translation>截止 {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="284" />
            <source>{d} 截止 {t} 已过，未关账</source>
            <translation>{d} 截止 {t} 已过，未关账</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="292" />
            <source>已过 {t} 截止，仍未报</source>
            <translation>已过 {t} 截止，仍未报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="608" />
            <source> 日报</source>
            <translation> 日报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="609" />
            <source>截止时间 {t}</source>
            <translation>截止时间 {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="610" />
            <source>应报 {n}</source>
            <translation>应报 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="638" />
            <source>已关账，全部单位均已报送。</source>
            <translation>已关账，全部单位均已报送。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="645" />
            <source>全部单位均已报送 ✓</source>
            <translation>全部单位均已报送 ✓</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="799" />
            <source>{t} {u}：{k}{late}，接报人 {who}。</source>
            <translation>{t} {u}：{k}{late}，接报人 {who}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="882" />
            <source>已登记事件 {n}，并与该单位的日报关联。</source>
            <translation>已登记事件 {n}，并与该单位的日报关联。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="905" />
            <source>已更正 {u} 的日报：{k}，原因：{r}。</source>
            <translation>已更正 {u} 的日报：{k}，原因：{r}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="950" />
            <source>缺报 {n} 个单位：{u}</source>
            <translation>缺报 {n} 个单位：{u}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="955" />
            <source>{d}日报已于 {t} 关账（{who}），应报 {e}，{m}。</source>
            <translation>{d}日报已于 {t} 关账（{who}），应报 {e}，{m}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="628" />
            <source>缺报 {n} / 应报 {t}</source>
            <translation>缺报 {n} / 应报 {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="630" />
            <source>未报 {n} / 应报 {t}</source>
            <translation>未报 {n} / 应报 {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="894" />
            <source>（已关账，不能补登）</source>
            <translation>（已关账，不能补登）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="895" />
            <source>请用“平安”或“有情况”登记。</source>
            <translation>请用“平安”或“有情况”登记。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="920" />
            <source>仍未报的 {n} 个单位将记为缺报：
{u}</source>
            <translation>仍未报的 {n} 个单位将记为缺报：
{u}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="924" />
            <source>全部 {n} 个单位均已报送。</source>
            <translation>全部 {n} 个单位均已报送。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="612" />
            <source>平安 {n}</source>
            <translation>平安 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="615" />
            <source>有情况 {n}</source>
            <translation>有情况 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="618" />
            <source>迟报 {n}</source>
            <translation>迟报 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="636" />
            <source>已关账。缺报 {n} 个单位：{u}</source>
            <translation>已关账。缺报 {n} 个单位：{u}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="642" />
            <source>待催报 {n} 个单位（F8 选下一个，按空格登记平安）</source>
            <translation>待催报 {n} 个单位（F8 选下一个，按空格登记平安）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/daily.py" line="893" />
            <source>{u}当日没有日报可更正。</source>
            <translation>{u}当日没有日报可更正。</translation>
        </message>
    </context>
    <context>
        <name>DataView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/base.py" line="175" />
            <source>正在读取数据……</source>
            <translation>正在读取数据……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/base.py" line="196" />
            <source>读取失败：</source>
            <translation>读取失败：</translation>
        </message>
    </context>
    <context>
        <name>DaySummaryModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="105" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="106" />
            <source>应报</source>
            <translation>应报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="107" />
            <source>按时</source>
            <translation>按时</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="108" />
            <source>平安</source>
            <translation>平安</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="109" />
            <source>有情况</source>
            <translation>有情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="110" />
            <source>迟报</source>
            <translation>迟报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="111" />
            <source>未报/缺报</source>
            <translation>未报/缺报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="112" />
            <source>事件数</source>
            <translation>事件数</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="113" />
            <source>已关账</source>
            <translation>已关账</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="122" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="122" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="135" />
            <source>今日日报尚未截止，这些单位还可以按时上报</source>
            <translation>今日日报尚未截止，这些单位还可以按时上报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="120" />
            <source>（今日）</source>
            <translation>（今日）</translation>
        </message>
    </context>
    <context>
        <name>DbDoor</name>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="71" />
            <source>这条记录刚被另一台电脑修改过，请刷新（F5）后再操作。</source>
            <translation>这条记录刚被另一台电脑修改过，请刷新（F5）后再操作。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="81" />
            <source>操作未能完成，程序出现了意外错误。请把下面的详情告诉维护人员：</source>
            <translation>操作未能完成，程序出现了意外错误。请把下面的详情告诉维护人员：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="76" />
            <source>数据库操作失败，请检查数据库文件或网络连接。</source>
            <translation>数据库操作失败，请检查数据库文件或网络连接。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="79" />
            <source>数据库操作失败。</source>
            <translation>数据库操作失败。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="53" />
            <source>数据库通道已关闭，值班台正在退出。</source>
            <translation>数据库通道已关闭，值班台正在退出。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/ops.py" line="75" />
            <source>数据库正忙（另一台电脑正在写入），请稍后再试。</source>
            <translation>数据库正忙（另一台电脑正在写入），请稍后再试。</translation>
        </message>
    </context>
    <context>
        <name>DirectoriesView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="300" />
            <source>目录</source>
            <translation>目录</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="252" />
            <source>新增单位…</source>
            <translation>新增单位…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="253" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="265" />
            <source>修改…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="254" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="266" />
            <source>归档</source>
            <translation>归档</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="256" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="268" />
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="258" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="270" />
            <source>删除…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="260" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="272" />
            <source>从 Excel 导入…</source>
            <translation>从 Excel 导入…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="261" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="273" />
            <source>空白模板…</source>
            <translation>空白模板…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="264" />
            <source>新增人员…</source>
            <translation>新增人员…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="276" />
            <source>指定负责人和成员…</source>
            <translation>指定负责人和成员…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="279" />
            <source>修改对应…</source>
            <translation>修改对应…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="285" />
            <source>单位和信息员</source>
            <translation>单位和信息员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="286" />
            <source>人员</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="287" />
            <source>指挥机构</source>
            <translation>指挥机构</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="288" />
            <source>类别对应分指挥部</source>
            <translation>类别对应分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="363" />
            <source>单位已保存。</source>
            <translation>单位已保存。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="368" />
            <source>人员已保存。</source>
            <translation>人员已保存。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="376" />
            <source>指挥机构已保存。</source>
            <translation>指挥机构已保存。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="385" />
            <source>类别对应已保存。</source>
            <translation>类别对应已保存。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="428" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="434" />
            <source>删除</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="435" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="454" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="522" />
            <source>空白模板</source>
            <translation>空白模板</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="316" />
            <source>单位 &lt;b&gt;{u}&lt;/b&gt; 个　人员 &lt;b&gt;{s}&lt;/b&gt; 名</source>
            <translation>单位 &lt;b&gt;{u}&lt;/b&gt; 个　人员 &lt;b&gt;{s}&lt;/b&gt; 名</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="373" />
            <source>请先选择一个指挥机构。</source>
            <translation>请先选择一个指挥机构。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="381" />
            <source>请先选择一个类别。</source>
            <translation>请先选择一个类别。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="391" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="424" />
            <source>请先在表中选择一行。</source>
            <translation>请先在表中选择一行。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="255" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="267" />
            <source>已归档“{n}”。</source>
            <translation>已归档“{n}”。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="257" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="269" />
            <source>已恢复“{n}”。</source>
            <translation>已恢复“{n}”。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="429" />
            <source>删除“{n}”？只有从未用过的条目才能删除；有记录的请改为归档。</source>
            <translation>删除“{n}”？只有从未用过的条目才能删除；有记录的请改为归档。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="468" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="483" />
            <source>导入{s}</source>
            <translation>导入{s}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="502" />
            <source>已从 {f} 导入 {n} 条：{names}</source>
            <translation>已从 {f} 导入 {n} 条：{names}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="520" />
            <source>已写出空白模板 {p}</source>
            <translation>已写出空白模板 {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="522" />
            <source>{sheet}导入模板.xlsx</source>
            <translation>{sheet}导入模板.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="504" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="321" />
            <source>等</source>
            <translation>等</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="320" />
            <source>无信息员电话：{n}</source>
            <translation>无信息员电话：{n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="324" />
            <source>未指定负责人：{n}</source>
            <translation>未指定负责人：{n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="441" />
            <source>已删除“{n}”。</source>
            <translation>已删除“{n}”。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="517" />
            <source>无法写入 {p}：{e}</source>
            <translation>无法写入 {p}：{e}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="85" />
            <source>修改单位</source>
            <translation>修改单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="85" />
            <source>新增单位</source>
            <translation>新增单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="89" />
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="90" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="93" />
            <source>信访信息员</source>
            <translation>信访信息员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="94" />
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="136" />
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="95" />
            <source>手机 11 位，座机可带区号</source>
            <translation>手机 11 位，座机可带区号</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="125" />
            <source>修改人员</source>
            <translation>修改人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="125" />
            <source>新增人员</source>
            <translation>新增人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="129" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="130" />
            <source>职务</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="131" />
            <source>所属单位</source>
            <translation>所属单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="132" />
            <source>（镇领导，无单位）</source>
            <translation>（镇领导，无单位）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="137" />
            <source>可任带班领导</source>
            <translation>可任带班领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="138" />
            <source>驾驶员</source>
            <translation>驾驶员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="191" />
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="192" />
            <source>（未指定）</source>
            <translation>（未指定）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="196" />
            <source>副职</source>
            <translation>副职</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="200" />
            <source>成员单位</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="237" />
            <source>对应分指挥部</source>
            <translation>对应分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="238" />
            <source>（不对应，分派时另选）</source>
            <translation>（不对应，分派时另选）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="268" />
            <source>未导入的原因</source>
            <translation>未导入的原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="284" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="86" />
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="126" />
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="179" />
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="234" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="270" />
            <source>工作表</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="270" />
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="270" />
            <source>列</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="270" />
            <source>原因</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="182" />
            <source>预案规定：负责人 {head}{deputies}</source>
            <translation>预案规定：负责人 {head}{deputies}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="259" />
            <source>导入未完成 — {f}</source>
            <translation>导入未完成 — {f}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="261" />
            <source>&lt;b&gt;{f}&lt;/b&gt; 有 &lt;b&gt;{n}&lt;/b&gt; 处问题，&lt;b&gt;未导入任何数据&lt;/b&gt;。请在表格中改正后重新导入。</source>
            <translation>&lt;b&gt;{f}&lt;/b&gt; 有 &lt;b&gt;{n}&lt;/b&gt; 处问题，&lt;b&gt;未导入任何数据&lt;/b&gt;。请在表格中改正后重新导入。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="178" />
            <source>指挥机构 — {n}</source>
            <translation>指挥机构 — {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="183" />
            <source>（未规定）</source>
            <translation>（未规定）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="233" />
            <source>类别对应 — {n}</source>
            <translation>类别对应 — {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/directory.py" line="184" />
            <source>；副职 {d}</source>
            <translation>；副职 {d}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="185" />
            <source>显示已归档</source>
            <translation>显示已归档</translation>
        </message>
    </context>
    <context>
        <name>DutyRosterView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="306" />
            <source>不能带班</source>
            <translation>不能带班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="307" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="308" />
            <source>人数不足</source>
            <translation>人数不足</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="309" />
            <source>重复排班</source>
            <translation>重复排班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="310" />
            <source>请假出差</source>
            <translation>请假出差</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="311" />
            <source>岗位不符</source>
            <translation>岗位不符</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="312" />
            <source>连值两班</source>
            <translation>连值两班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="316" />
            <source>经费</source>
            <translation>经费</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="317" />
            <source>车辆</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="318" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="187" />
            <source>驾驶员</source>
            <translation>驾驶员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="319" />
            <source>备勤</source>
            <translation>备勤</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="327" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="462" />
            <source>齐备</source>
            <translation>齐备</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1157" />
            <source>值班</source>
            <translation>值班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="184" />
            <source>带班领导</source>
            <translation>带班领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="185" />
            <source>值班人员</source>
            <translation>值班人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="186" />
            <source>备勤人员</source>
            <translation>备勤人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="189" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="345" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="206" />
            <source>车辆/经费</source>
            <translation>车辆/经费</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="215" />
            <source>保障</source>
            <translation>保障</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="222" />
            <source>派出所备勤</source>
            <translation>派出所备勤</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="911" />
            <source>值班期</source>
            <translation>值班期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="913" />
            <source>新建值班期…</source>
            <translation>新建值班期…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="915" />
            <source>自动排班…</source>
            <translation>自动排班…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="917" />
            <source>请假/出差…</source>
            <translation>请假/出差…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="919" />
            <source>调班申请…</source>
            <translation>调班申请…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="921" />
            <source>先在排班表中选中要调出的那一班（有人的格子）</source>
            <translation>先在排班表中选中要调出的那一班（有人的格子）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="922" />
            <source>经费/车辆…</source>
            <translation>经费/车辆…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="925" />
            <source>所选日期（或每一天）的应急经费、应急车辆和派出所备勤联系人、电话</source>
            <translation>所选日期（或每一天）的应急经费、应急车辆和派出所备勤联系人、电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="927" />
            <source>人员库…</source>
            <translation>人员库…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="928" />
            <source>自动排班按岗位轮流排的人员（带班领导、值班、备勤、驾驶员）</source>
            <translation>自动排班按岗位轮流排的人员（带班领导、值班、备勤、驾驶员）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="929" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1266" />
            <source>日历调整…</source>
            <translation>日历调整…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="931" />
            <source>本办自设的节假日和调休上班日（优先于法定日历）</source>
            <translation>本办自设的节假日和调休上班日（优先于法定日历）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="934" />
            <source>打印</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="938" />
            <source>打印预览：整个值班期</source>
            <translation>打印预览：整个值班期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="941" />
            <source>打印预览：所选日期所在的一周</source>
            <translation>打印预览：所选日期所在的一周</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="945" />
            <source>导出 PDF：整个值班期…</source>
            <translation>导出 PDF：整个值班期…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="946" />
            <source>导出 PDF：所选日期所在的一周…</source>
            <translation>导出 PDF：所选日期所在的一周…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="948" />
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="950" />
            <source>导入 Excel…</source>
            <translation>导入 Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1005" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1275" />
            <source>检查</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1019" />
            <source>同事同意</source>
            <translation>同事同意</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1020" />
            <source>主任批准…</source>
            <translation>主任批准…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1022" />
            <source>不同意…</source>
            <translation>不同意…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1024" />
            <source>撤回申请</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1035" />
            <source>调班：本人申请 → 接班同事同意 → 办公室主任批准，批准后排班表才改。</source>
            <translation>调班：本人申请 → 接班同事同意 → 办公室主任批准，批准后排班表才改。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1041" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1278" />
            <source>调班</source>
            <translation>调班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1046" />
            <source>排班说明</source>
            <translation>排班说明</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1066" />
            <source>&lt;span style='background:#fff3cd'&gt;&amp;nbsp;黄底橙线&amp;nbsp;&lt;/span&gt; 当前在班　&lt;span style='background:#f8d7da;color:#842029'&gt;&amp;nbsp;红底&amp;nbsp;&lt;/span&gt; 缺人或有问题　&lt;span style='color:#1f5fbf'&gt;◤&lt;/span&gt; 手工排定（重新排班时保留）　&lt;span style='background:#b35c00;color:#fff'&gt;&amp;nbsp;调&amp;nbsp;&lt;/span&gt; 调班结果　&lt;span style='background:#e3ebf5'&gt;&amp;nbsp;休息日&amp;nbsp;&lt;/span&gt;&lt;span style='background:#ecdff5'&gt;&amp;nbsp;节假日&amp;nbsp;&lt;/span&gt;&lt;span style='background:#f6e7d2'&gt;&amp;nbsp;调休上班&amp;nbsp;&lt;/span&gt;＊本办自设　选中格子后：回车/F2 或直接输入姓名选人，Delete 清除</source>
            <translation>&lt;span style='background:#fff3cd'&gt;&amp;nbsp;黄底橙线&amp;nbsp;&lt;/span&gt; 当前在班　&lt;span style='background:#f8d7da;color:#842029'&gt;&amp;nbsp;红底&amp;nbsp;&lt;/span&gt; 缺人或有问题　&lt;span style='color:#1f5fbf'&gt;◤&lt;/span&gt; 手工排定（重新排班时保留）　&lt;span style='background:#b35c00;color:#fff'&gt;&amp;nbsp;调&amp;nbsp;&lt;/span&gt; 调班结果　&lt;span style='background:#e3ebf5'&gt;&amp;nbsp;休息日&amp;nbsp;&lt;/span&gt;&lt;span style='background:#ecdff5'&gt;&amp;nbsp;节假日&amp;nbsp;&lt;/span&gt;&lt;span style='background:#f6e7d2'&gt;&amp;nbsp;调休上班&amp;nbsp;&lt;/span&gt;＊本办自设　选中格子后：回车/F2 或直接输入姓名选人，Delete 清除</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1710" />
            <source>正在自动排班……</source>
            <translation>正在自动排班……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1920" />
            <source>值班表</source>
            <translation>值班表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1969" />
            <source>导入排班表</source>
            <translation>导入排班表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1977" />
            <source>文件中出现的每一天，其排班将换成文件中的排班（其他日子不变），导入的班次算作手工排定。每一行都先检查，有一行不对就什么也不导入。</source>
            <translation>文件中出现的每一天，其排班将换成文件中的排班（其他日子不变），导入的班次算作手工排定。每一行都先检查，有一行不对就什么也不导入。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1981" />
            <source>导入</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1982" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="216" />
            <source>应急经费、车辆、驾驶员、备勤人员全部到位才是绿色</source>
            <translation>应急经费、车辆、驾驶员、备勤人员全部到位才是绿色</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="223" />
            <source>派出所备勤（应急分队）的联系人和电话；双击或按回车修改</source>
            <translation>派出所备勤（应急分队）的联系人和电话；双击或按回车修改</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="325" />
            <source>缺{x}</source>
            <translation>缺{x}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="700" />
            <source>在班</source>
            <translation>在班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="702" />
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="723" />
            <source>调班：替{who}值班，{approver}于{when}批准</source>
            <translation>调班：替{who}值班，{approver}于{when}批准</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="772" />
            <source>调</source>
            <translation>调</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="959" />
            <source>值班期：</source>
            <translation>值班期：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1240" />
            <source>（{start} 至 {end}，共 {n} 天）</source>
            <translation>（{start} 至 {end}，共 {n} 天）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1252" />
            <source>（见右侧“检查”，双击跳到位置）</source>
            <translation>（见右侧“检查”，双击跳到位置）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1327" />
            <source>请假、出差：</source>
            <translation>请假、出差：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1506" />
            <source>上一项操作还没有完成，请稍候。</source>
            <translation>上一项操作还没有完成，请稍候。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1577" />
            <source>这个位置本来就是空的。</source>
            <translation>这个位置本来就是空的。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1621" />
            <source>请先选中要调出的那一班（有人的格子）。</source>
            <translation>请先选中要调出的那一班（有人的格子）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1769" />
            <source>主任批准调班</source>
            <translation>主任批准调班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1788" />
            <source>不同意调班</source>
            <translation>不同意调班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1886" />
            <source>已导出 PDF：{p}</source>
            <translation>已导出 PDF：{p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1927" />
            <source>{name}值班表</source>
            <translation>{name}值班表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1931" />
            <source>导出 PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1932" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1938" />
            <source>导出排班表到 Excel</source>
            <translation>导出排班表到 Excel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1939" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1946" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1945" />
            <source>从 Excel 导入排班表</source>
            <translation>从 Excel 导入排班表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1960" />
            <source>已导出到 {p}（“值班”表可改后再导入）</source>
            <translation>已导出到 {p}（“值班”表可改后再导入）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="329" />
            <source>等{n}项</source>
            <translation>等{n}项</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="528" />
            <source>保障不齐</source>
            <translation>保障不齐</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="728" />
            <source>调班：与{who}对换，{approver}于{when}批准</source>
            <translation>调班：与{who}对换，{approver}于{when}批准</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1127" />
            <source>值班人员 1</source>
            <translation>值班人员 1</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1132" />
            <source>缺驾驶员</source>
            <translation>缺驾驶员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1235" />
            <source>请点“新建值班期…”（如全国两会期间），再自动排班或逐格选人。</source>
            <translation>请点“新建值班期…”（如全国两会期间），再自动排班或逐格选人。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1255" />
            <source>排班检查无问题</source>
            <translation>排班检查无问题</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1322" />
            <source>每个必需岗位都已排上人。</source>
            <translation>每个必需岗位都已排上人。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1403" />
            <source>选中一个格子查看当天的班次、保障和请假情况。</source>
            <translation>选中一个格子查看当天的班次、保障和请假情况。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1421" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="406" />
            <source>请假/出差：</source>
            <translation>请假/出差：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1423" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="408" />
            <source>派出所备勤：</source>
            <translation>派出所备勤：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1714" />
            <source>已自动排班：新排 {placed} 个班次，保留手工排定 {kept} 个。</source>
            <translation>已自动排班：新排 {placed} 个班次，保留手工排定 {kept} 个。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1813" />
            <source>第 {n} 号调班：{label}，现为“{status}”。</source>
            <translation>第 {n} 号调班：{label}，现为“{status}”。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1817" />
            <source>排班表已改为：</source>
            <translation>排班表已改为：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1861" />
            <source>打印预览 — {t}</source>
            <translation>打印预览 — {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1970" />
            <source>导入“{f}”？</source>
            <translation>导入“{f}”？</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="2004" />
            <source>已导入 {n} 行，替换了 {d} 天的排班。</source>
            <translation>已导入 {n} 行，替换了 {d} 天的排班。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="196" />
            <source>{slot}：每班须{n}人</source>
            <translation>{slot}：每班须{n}人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="198" />
            <source>{slot}：可选，每班最多{n}人</source>
            <translation>{slot}：可选，每班最多{n}人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="207" />
            <source>应急车辆的车牌号；应急经费，每班不少于{n}元</source>
            <translation>应急车辆的车牌号；应急经费，每班不少于{n}元</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="710" />
            <source>休息日</source>
            <translation>休息日</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1198" />
            <source>{name}（{first}至{last}）</source>
            <translation>{name}（{first}至{last}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1275" />
            <source>检查 {n}</source>
            <translation>检查 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1278" />
            <source>调班 {n}</source>
            <translation>调班 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1313" />
            <source>上次自动排班：新排 {placed} 个，保留手工排定 {kept} 个，替换 {removed} 个，已开始的班次 {started} 个保持不变。</source>
            <translation>上次自动排班：新排 {placed} 个，保留手工排定 {kept} 个，替换 {removed} 个，已开始的班次 {started} 个保持不变。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1718" />
            <source>有 {n} 处排不满，见“排班说明”。</source>
            <translation>有 {n} 处排不满，见“排班说明”。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1770" />
            <source>第 {n} 号：{s}&lt;br&gt;批准的办公室主任：</source>
            <translation>第 {n} 号：{s}&lt;br&gt;批准的办公室主任：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1789" />
            <source>第 {n} 号：{s}&lt;br&gt;不同意的原因（可不填）：</source>
            <translation>第 {n} 号：{s}&lt;br&gt;不同意的原因（可不填）：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1925" />
            <source>{name}值班表（{first}-{last}）</source>
            <translation>{name}值班表（{first}-{last}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1998" />
            <source>“{f}”有 {n} 处问题，没有导入任何一行（问题见弹出的列表）。</source>
            <translation>“{f}”有 {n} 处问题，没有导入任何一行（问题见弹出的列表）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="2008" />
            <source>检查发现 {n} 个问题，见右侧“检查”。</source>
            <translation>检查发现 {n} 个问题，见右侧“检查”。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="393" />
            <source>班次 {start} 至 {end}</source>
            <translation>班次 {start} 至 {end}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="396" />
            <source>类别：{k}</source>
            <translation>类别：{k}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="403" />
            <source>（在“日历调整…”中修改）</source>
            <translation>（在“日历调整…”中修改）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="415" />
            <source>缺人</source>
            <translation>缺人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="496" />
            <source>已{kind}</source>
            <translation>已{kind}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1233" />
            <source>还没有值班期。</source>
            <translation>还没有值班期。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1260" />
            <source>保障齐备 {a}/{b} 天</source>
            <translation>保障齐备 {a}/{b} 天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1288" />
            <source>每天的应急经费、车辆、驾驶员和备勤人员都已到位。</source>
            <translation>每天的应急经费、车辆、驾驶员和备勤人员都已到位。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1413" />
            <source>班次 {a} 至 {b}</source>
            <translation>班次 {a} 至 {b}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1418" />
            <source>保障：</source>
            <translation>保障：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1587" />
            <source>已清除：{day}{slot} {name}。</source>
            <translation>已清除：{day}{slot} {name}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="432" />
            <source>手工排定（重新自动排班时保留）</source>
            <translation>手工排定（重新自动排班时保留）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="443" />
            <source>应急车辆：{v}
应急经费：{n}元
双击或按回车修改</source>
            <translation>应急车辆：{v}
应急经费：{n}元
双击或按回车修改</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="453" />
            <source>未填写</source>
            <translation>未填写</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="455" />
            <source>派出所备勤未填写：双击或按回车填写联系人和电话</source>
            <translation>派出所备勤未填写：双击或按回车填写联系人和电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="529" />
            <source>{month}月{day}日</source>
            <translation>{month}月{day}日</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="712" />
            <source>调休上班</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1250" />
            <source>{n} 个问题</source>
            <translation>{n} 个问题</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="418" />
            <source>{slot}缺人：双击或按回车选人</source>
            <translation>{slot}缺人：双击或按回车选人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="420" />
            <source>{slot}（可选）：双击或按回车选人</source>
            <translation>{slot}（可选）：双击或按回车选人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="435" />
            <source>当天已登记{kind}</source>
            <translation>当天已登记{kind}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="439" />
            <source>未落实车辆</source>
            <translation>未落实车辆</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="441" />
            <source>{n}元</source>
            <translation>{n}元</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="444" />
            <source>未落实</source>
            <translation>未落实</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="401" />
            <source>本办自设为{k}</source>
            <translation>本办自设为{k}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="451" />
            <source>派出所备勤：{p}
双击或按回车修改</source>
            <translation>派出所备勤：{p}
双击或按回车修改</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="1299" />
            <source>保障未齐备 {n} 天：</source>
            <translation>保障未齐备 {n} 天：</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../../xianghua_console/gui/idle_lock.py" line="82" />
            <source>解锁…</source>
            <translation>解锁…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/idle_lock.py" line="210" />
            <source>值班台已锁定
{minutes} 分钟无人操作；登录账号：{user}</source>
            <translation>值班台已锁定
{minutes} 分钟无人操作；登录账号：{user}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/idle_lock.py" line="224" />
            <source>有新的时限提醒：{title}。请解锁后处理。</source>
            <translation>有新的时限提醒：{title}。请解锁后处理。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/unlock_dialog.py" line="34" />
            <source>值班台已锁定</source>
            <translation>值班台已锁定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/unlock_dialog.py" line="47" />
            <source>请输入用户名和密码。</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/unlock_dialog.py" line="36" />
            <source>值班台已锁定。请输入 {user} 的密码继续；交班时也可以用另一个账号登录。</source>
            <translation>值班台已锁定。请输入 {user} 的密码继续；交班时也可以用另一个账号登录。</translation>
        </message>
    </context>
    <context>
        <name>IncidentDetail</name>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="220" />
            <source>：</source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="57" />
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="57" />
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="57" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="57" />
            <source>经办人</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="57" />
            <source>登记于</source>
            <translation>登记于</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="121" />
            <source>事件详情</source>
            <translation>事件详情</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="127" />
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="163" />
            <source>时间线</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="94" />
            <source>{kind}　{at}</source>
            <translation>{kind}　{at}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="95" />
            <source>登记：{who}，{when}</source>
            <translation>登记：{who}，{when}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="192" />
            <source>报告单位</source>
            <translation>报告单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="193" />
            <source>报告人</source>
            <translation>报告人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="195" />
            <source>地点</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="196" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="198" />
            <source>程度 / 人数</source>
            <translation>程度 / 人数</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="199" />
            <source>发生 / 接报</source>
            <translation>发生 / 接报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="200" />
            <source>报告领导</source>
            <translation>报告领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="201" />
            <source>报告县里</source>
            <translation>报告县里</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="202" />
            <source>登记</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="212" />
            <source>时限</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="172" />
            <source>&lt;b&gt;时间线&lt;/b&gt;（{n} 条，只增不改；更正另起一条并写明原因）</source>
            <translation>&lt;b&gt;时间线&lt;/b&gt;（{n} 条，只增不改；更正另起一条并写明原因）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="190" />
            <source>· 迟报</source>
            <translation>· 迟报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="198" />
            <source>人</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="229" />
            <source>{kind}：{due} 前，还有 {m}</source>
            <translation>{kind}：{due} 前，还有 {m}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="196" />
            <source>分指挥部：</source>
            <translation>分指挥部：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="240" />
            <source>{met} 按时完成</source>
            <translation>{met} 按时完成</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="160" />
            <source>选中一起事件，这里显示它的详情和全部时间线。</source>
            <translation>选中一起事件，这里显示它的详情和全部时间线。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="197" />
            <source>未分派</source>
            <translation>未分派</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="236" />
            <source>{met} 完成，超时 {late}</source>
            <translation>{met} 完成，超时 {late}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incident_detail.py" line="226" />
            <source>已超时 {m}，未完成</source>
            <translation>已超时 {m}，未完成</translation>
        </message>
    </context>
    <context>
        <name>IncidentDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="192" />
            <source>发生时间</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="198" />
            <source>接报时间</source>
            <translation>接报时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="200" />
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="202" />
            <source>报告单位</source>
            <translation>报告单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="203" />
            <source>报告人</source>
            <translation>报告人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="204" />
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="205" />
            <source>地点</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="206" />
            <source>事件类别</source>
            <translation>事件类别</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="207" />
            <source>（请选择）</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="213" />
            <source>分指挥部</source>
            <translation>分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="215" />
            <source>（不分派）</source>
            <translation>（不分派）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="220" />
            <source>涉及人数</source>
            <translation>涉及人数</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="221" />
            <source>不清楚时填 0</source>
            <translation>不清楚时填 0</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="223" />
            <source>问题程度</source>
            <translation>问题程度</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="226" />
            <source>简要情况</source>
            <translation>简要情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="228" />
            <source>事由、诉求、现场情况</source>
            <translation>事由、诉求、现场情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="344" />
            <source>涉及人数请填整数，如 12</source>
            <translation>涉及人数请填整数，如 12</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="186" />
            <source>接报登记</source>
            <translation>接报登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="186" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="270" />
            <source>选择类别后自动建议分指挥部</source>
            <translation>选择类别后自动建议分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="274" />
            <source>“{c}”类不对应分指挥部</source>
            <translation>“{c}”类不对应分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="294" />
            <source>接报已过去 {ago}：保存后时间线将注明“补录”（接报后才登记）。</source>
            <translation>接报已过去 {ago}：保存后时间线将注明“补录”（接报后才登记）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="302" />
            <source>发生后 {d}才报到信访办，超过 {n} 分钟时限：将记为迟报。</source>
            <translation>发生后 {d}才报到信访办，超过 {n} 分钟时限：将记为迟报。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="277" />
            <source>按类别“{c}”建议：{s}</source>
            <translation>按类别“{c}”建议：{s}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="281" />
            <source>已改派（类别建议为{s}）</source>
            <translation>已改派（类别建议为{s}）</translation>
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="201" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="202" />
            <source>发生时间</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="203" />
            <source>报告单位</source>
            <translation>报告单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="204" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="205" />
            <source>分指挥部</source>
            <translation>分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="206" />
            <source>程度</source>
            <translation>程度</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="207" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="208" />
            <source>下一时限</source>
            <translation>下一时限</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="209" />
            <source>倒计时</source>
            <translation>倒计时</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="210" />
            <source>事由</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="435" />
            <source>时限均已完成</source>
            <translation>时限均已完成</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="498" />
            <source>{kind}：时限 {due}，{met} 按时完成</source>
            <translation>{kind}：时限 {due}，{met} 按时完成</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="476" />
            <source>发生 {occ}
接报 {rec}</source>
            <translation>发生 {occ}
接报 {rec}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="488" />
            <source>{kind}：时限 {due}，未完成</source>
            <translation>{kind}：时限 {due}，未完成</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="492" />
            <source>{kind}：时限 {due}，{met} 完成，超时 {late}</source>
            <translation>{kind}：时限 {due}，{met} 完成，超时 {late}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="430" />
            <source>{status} · 迟报</source>
            <translation>{status} · 迟报</translation>
        </message>
    </context>
    <context>
        <name>IncidentsView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="676" />
            <source>事件</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="632" />
            <source>未结事件</source>
            <translation>未结事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="706" />
            <source>接报登记</source>
            <translation>接报登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="707" />
            <source>登记一起新接到的报告</source>
            <translation>登记一起新接到的报告</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="711" />
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1024" />
            <source>下一步</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="712" />
            <source>进行选中事件的下一步</source>
            <translation>进行选中事件的下一步</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="722" />
            <source>报告镇主要领导…</source>
            <translation>报告镇主要领导…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="723" />
            <source>记录向镇党委、政府主要领导的报告：报告了谁、什么时间</source>
            <translation>记录向镇党委、政府主要领导的报告：报告了谁、什么时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="726" />
            <source>报告县委县政府…</source>
            <translation>报告县委县政府…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="727" />
            <source>记录向县委、县政府的报告：报告了谁、什么时间</source>
            <translation>记录向县委、县政府的报告：报告了谁、什么时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="730" />
            <source>更正时间…</source>
            <translation>更正时间…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="731" />
            <source>更正一个已记录的时间，须写明原因（记入时间线）</source>
            <translation>更正一个已记录的时间，须写明原因（记入时间线）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="734" />
            <source>分派…</source>
            <translation>分派…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="735" />
            <source>分派给分指挥部和工作组，记录处置指示、督导和接收</source>
            <translation>分派给分指挥部和工作组，记录处置指示、督导和接收</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="738" />
            <source>现场指挥部…</source>
            <translation>现场指挥部…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="739" />
            <source>成立或调整现场指挥部：指挥长、副指挥长和成员</source>
            <translation>成立或调整现场指挥部：指挥长、副指挥长和成员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="743" />
            <source>下一起超时事件</source>
            <translation>下一起超时事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="747" />
            <source>选中下一起已超过时限的事件（F8）</source>
            <translation>选中下一起已超过时限的事件（F8）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="750" />
            <source>事件操作</source>
            <translation>事件操作</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="778" />
            <location filename="../../xianghua_console/gui/views/incidents.py" line="786" />
            <location filename="../../xianghua_console/gui/views/incidents.py" line="831" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="805" />
            <source>清除筛选</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1137" />
            <source>已记录报告县委县政府</source>
            <translation>已记录报告县委县政府</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1137" />
            <source>已记录报告镇主要领导</source>
            <translation>已记录报告镇主要领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1190" />
            <source>（迟报）</source>
            <translation>（迟报）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="791" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="792" />
            <source>分指挥部</source>
            <translation>分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="793" />
            <source>报告单位</source>
            <translation>报告单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="794" />
            <source>程度</source>
            <translation>程度</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="961" />
            <source>没有超过时限的事件。</source>
            <translation>没有超过时限的事件。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1019" />
            <source>先选中一起事件</source>
            <translation>先选中一起事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1036" />
            <source>记录向镇党委、政府主要领导的报告：报告了谁、什么时间（Ctrl+L）</source>
            <translation>记录向镇党委、政府主要领导的报告：报告了谁、什么时间（Ctrl+L）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1286" />
            <source>当前没有未结事件。</source>
            <translation>当前没有未结事件。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="796" />
            <source>：</source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1127" />
            <source>{n}：{what}</source>
            <translation>{n}：{what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1148" />
            <source>{n}：已更正，时间线上记下了原因</source>
            <translation>{n}：已更正，时间线上记下了原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1186" />
            <source>，{kind}时限 {due}</source>
            <translation>，{kind}时限 {due}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1192" />
            <source>已登记事件 {n}：{unit}{late}{clock}。</source>
            <translation>已登记事件 {n}：{unit}{late}{clock}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1264" />
            <source>未结事件 &lt;b&gt;{n}&lt;/b&gt; 起</source>
            <translation>未结事件 &lt;b&gt;{n}&lt;/b&gt; 起</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="799" />
            <source>按{what}筛选</source>
            <translation>按{what}筛选</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1024" />
            <source>下一步：{s}</source>
            <translation>下一步：{s}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1033" />
            <source>已于 {t} 报告{who}；时间有误请用“更正时间”</source>
            <translation>已于 {t} 报告{who}；时间有误请用“更正时间”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1210" />
            <source>{n} 已结案，不再显示在未结事件中。</source>
            <translation>{n} 已结案，不再显示在未结事件中。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1290" />
            <source>筛选后显示 {shown} / {total} 起</source>
            <translation>筛选后显示 {shown} / {total} 起</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="819" />
            <source>未分派</source>
            <translation>未分派</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="999" />
            <source>详情读取失败：</source>
            <translation>详情读取失败：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1271" />
            <source>超时 {n} 起</source>
            <translation>超时 {n} 起</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1277" />
            <source>{m} 分钟内到期 {n} 起</source>
            <translation>{m} 分钟内到期 {n} 起</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/incidents.py" line="1283" />
            <source>迟报 {n} 起</source>
            <translation>迟报 {n} 起</translation>
        </message>
    </context>
    <context>
        <name>LiveSync</name>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="224" />
            <source>实时同步已停止</source>
            <translation>实时同步已停止</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="212" />
            <source>单机数据库</source>
            <translation>单机数据库</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="215" />
            <source>已连接服务器 · 实时同步</source>
            <translation>已连接服务器 · 实时同步</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="217" />
            <source>正在连接服务器……</source>
            <translation>正在连接服务器……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="220" />
            <source>与服务器的连接已断开（只读）</source>
            <translation>与服务器的连接已断开（只读）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="229" />
            <source>无法连接数据库服务器：值班台暂时只读，正在自动重连。已打开的窗口和填写的内容都保留，连接恢复后会重新读取全部数据，再保存即可。</source>
            <translation>无法连接数据库服务器：值班台暂时只读，正在自动重连。已打开的窗口和填写的内容都保留，连接恢复后会重新读取全部数据，再保存即可。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/sync.py" line="222" />
            <source>，{s} 秒后重试</source>
            <translation>，{s} 秒后重试</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="55" />
            <location filename="../../xianghua_console/gui/login.py" line="72" />
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="58" />
            <location filename="../../xianghua_console/gui/login.py" line="74" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="62" />
            <location filename="../../xianghua_console/gui/login.py" line="75" />
            <source>密码</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="66" />
            <source>再输一遍密码</source>
            <translation>再输一遍密码</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="87" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="44" />
            <source>新建第一个办公室主任账号</source>
            <translation>新建第一个办公室主任账号</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="44" />
            <source>登录值班台</source>
            <translation>登录值班台</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="47" />
            <source>这是一个新数据库，还没有账号。请先建立办公室主任账号，之后由主任添加其他人员的账号。</source>
            <translation>这是一个新数据库，还没有账号。请先建立办公室主任账号，之后由主任添加其他人员的账号。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="49" />
            <source>请用本人账号登录。</source>
            <translation>请用本人账号登录。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="77" />
            <source>再输一遍</source>
            <translation>再输一遍</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="85" />
            <source>建立并登录</source>
            <translation>建立并登录</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="85" />
            <source>登录</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="101" />
            <source>请输入用户名和密码。</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/login.py" line="106" />
            <source>两次输入的密码不一致。</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="130" />
            <source>刷新（F5）</source>
            <translation>刷新（F5）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="132" />
            <source>从数据库重新读取全部数据（F5）</source>
            <translation>从数据库重新读取全部数据（F5）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="134" />
            <source>退出</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="137" />
            <source>工具栏</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="157" />
            <source>正在读取值班信息……</source>
            <translation>正在读取值班信息……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="184" />
            <source>值班</source>
            <translation>值班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="184" />
            <source>日报</source>
            <translation>日报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="184" />
            <source>通知</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="184" />
            <source>研判会</source>
            <translation>研判会</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="184" />
            <source>报表</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="185" />
            <source>目录</source>
            <translation>目录</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="220" />
            <source>文件(&amp;F)</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="225" />
            <source>视图(&amp;V)</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="233" />
            <source>工具(&amp;T)</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="234" />
            <source>设置…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="239" />
            <source>审计日志…</source>
            <translation>审计日志…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="249" />
            <source>帮助(&amp;H)</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="250" />
            <source>快捷键…</source>
            <translation>快捷键…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="254" />
            <source>关于值班台</source>
            <translation>关于值班台</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="276" />
            <source>设置已保存；各视图已按新的设置重新读取。</source>
            <translation>设置已保存；各视图已按新的设置重新读取。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="480" />
            <source>今日日报已关账</source>
            <translation>今日日报已关账</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="94" />
            <source>正在载入……</source>
            <translation>正在载入……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="119" />
            <source>接报登记</source>
            <translation>接报登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="447" />
            <location filename="../../xianghua_console/gui/main_window.py" line="459" />
            <location filename="../../xianghua_console/gui/main_window.py" line="461" />
            <source>未安排</source>
            <translation>未安排</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="496" />
            <source>距今日 {t} 日报截止 {left}，未报 {n}/{total} 个单位</source>
            <translation>距今日 {t} 日报截止 {left}，未报 {n}/{total} 个单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="588" />
            <source>值班问题 {n} 处</source>
            <translation>值班问题 {n} 处</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="79" />
            <source>香花镇信访稳定值班台 — {db}</source>
            <translation>香花镇信访稳定值班台 — {db}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="350" />
            <source>数据库已从结构版本 {old} 升级到当前版本。</source>
            <translation>数据库已从结构版本 {old} 升级到当前版本。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="451" />
            <source>在班　带班领导：&lt;b&gt;{leader}&lt;/b&gt;　值班：&lt;b&gt;{duty}&lt;/b&gt;</source>
            <translation>在班　带班领导：&lt;b&gt;{leader}&lt;/b&gt;　值班：&lt;b&gt;{duty}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="456" />
            <source>班次 {start} 至 {end}</source>
            <translation>班次 {start} 至 {end}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="459" />
            <source>备勤：{p}</source>
            <translation>备勤：{p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="460" />
            <source>应急车辆：{v} {d}</source>
            <translation>应急车辆：{v} {d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="463" />
            <source>派出所备勤：{p}</source>
            <translation>派出所备勤：{p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="345" />
            <source>首次运行：已按预案默认配置新建数据库 {db}，预置了预案规定的指挥机构、镇直单位和各项默认时限。本镇的村（居）、工作人员、信息员和值班表请另行录入。</source>
            <translation>首次运行：已按预案默认配置新建数据库 {db}，预置了预案规定的指挥机构、镇直单位和各项默认时限。本镇的村（居）、工作人员、信息员和值班表请另行录入。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="354" />
            <source>升级前的副本保存在 {path}。</source>
            <translation>升级前的副本保存在 {path}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="400" />
            <source>数据读取于 {t}</source>
            <translation>数据读取于 {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="442" />
            <source>当前没有排班：无人在班。</source>
            <translation>当前没有排班：无人在班。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="463" />
            <source>未填写</source>
            <translation>未填写</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="379" />
            <source>值班状态：</source>
            <translation>值班状态：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="393" />
            <source>部分数据没有读出来，界面上显示的可能不是最新情况：</source>
            <translation>部分数据没有读出来，界面上显示的可能不是最新情况：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="484" />
            <source>今日日报已全部上报（{n} 个单位）</source>
            <translation>今日日报已全部上报（{n} 个单位）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/main_window.py" line="491" />
            <source>已过截止时间 {t}，仍有 {n} 个单位未报</source>
            <translation>已过截止时间 {t}，仍有 {n} 个单位未报</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="213" />
            <source>村/单位</source>
            <translation>村/单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="220" />
            <source>召开日期</source>
            <translation>召开日期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="225" />
            <source>参会人数</source>
            <translation>参会人数</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="227" />
            <source>（请填写）</source>
            <translation>（请填写）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="228" />
            <source> 人</source>
            <translation> 人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="231" />
            <source>排查出的问题</source>
            <translation>排查出的问题</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="235" />
            <source>采取的措施</source>
            <translation>采取的措施</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="209" />
            <source>登记分析研判会</source>
            <translation>登记分析研判会</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="209" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="232" />
            <source>本周排查出的矛盾纠纷和不稳定因素；没有时写“无”</source>
            <translation>本周排查出的矛盾纠纷和不稳定因素；没有时写“无”</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="236" />
            <source>包案领导、化解措施、时限</source>
            <translation>包案领导、化解措施、时限</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="257" />
            <source>注意：{d} 不在本周（{a}至{b}），将计入那一周。</source>
            <translation>注意：{d} 不在本周（{a}至{b}），将计入那一周。</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="261" />
            <source>研判会</source>
            <translation>研判会</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="235" />
            <source>◀ 上一周</source>
            <translation>◀ 上一周</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="242" />
            <source>下一周 ▶</source>
            <translation>下一周 ▶</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="245" />
            <location filename="../../xianghua_console/gui/views/meetings.py" line="310" />
            <source>本周</source>
            <translation>本周</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="248" />
            <source>登记研判会…</source>
            <translation>登记研判会…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="250" />
            <source>为选中的村/单位登记本周的分析研判会（双击行也可）</source>
            <translation>为选中的村/单位登记本周的分析研判会（双击行也可）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="315" />
            <source>各村、各单位本周均已召开研判会 ✓</source>
            <translation>各村、各单位本周均已召开研判会 ✓</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="291" />
            <source>（本周）</source>
            <translation>（本周）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="385" />
            <source>已登记 {u} {d} 的分析研判会（{n} 人参加）。</source>
            <translation>已登记 {u} {d} 的分析研判会（{n} 人参加）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="309" />
            <source>{w}尚未召开研判会的 {n} 个单位：</source>
            <translation>{w}尚未召开研判会的 {n} 个单位：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="299" />
            <source>每个村/单位每周至少 {n} 次</source>
            <translation>每个村/单位每周至少 {n} 次</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="300" />
            <source>应开 {n} 个单位</source>
            <translation>应开 {n} 个单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="304" />
            <source>共 {n} 次会议</source>
            <translation>共 {n} 次会议</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="301" />
            <source>已开 {n}</source>
            <translation>已开 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="303" />
            <source>未开 {n}</source>
            <translation>未开 {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="298" />
            <source>{w} 分析研判会</source>
            <translation>{w} 分析研判会</translation>
        </message>
    </context>
    <context>
        <name>NotHeldModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="152" />
            <source>未开研判会</source>
            <translation>未开研判会</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="156" />
            <source>未指定信息员</source>
            <translation>未指定信息员</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="75" />
            <source>正在读取……</source>
            <translation>正在读取……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="84" />
            <source>发布单位</source>
            <translation>发布单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="90" />
            <source>全部村</source>
            <translation>全部村</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="92" />
            <source>全部镇直单位</source>
            <translation>全部镇直单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="108" />
            <source>主送</source>
            <translation>主送</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="111" />
            <source>标题</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="112" />
            <source>如：关于做好……的预警通知</source>
            <translation>如：关于做好……的预警通知</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="113" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="115" />
            <source>工作要求</source>
            <translation>工作要求</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="117" />
            <source>每条一行，如：一、……；二、……</source>
            <translation>每条一行，如：一、……；二、……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="122" />
            <source>要求在此前回执：</source>
            <translation>要求在此前回执：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="131" />
            <source>回执时限</source>
            <translation>回执时限</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="134" />
            <source>关联事件</source>
            <translation>关联事件</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="135" />
            <source>（不关联）</source>
            <translation>（不关联）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="294" />
            <source>预警通知回执</source>
            <translation>预警通知回执</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="299" />
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="390" />
            <source>在上表中选择一个未回执的单位。</source>
            <translation>在上表中选择一个未回执的单位。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="303" />
            <source>单位上确认收到的人</source>
            <translation>单位上确认收到的人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="306" />
            <source>登记回执</source>
            <translation>登记回执</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="317" />
            <source>打印预览</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="320" />
            <source>导出 PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="324" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="460" />
            <source>导出 PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="460" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="70" />
            <source>发布预警通知</source>
            <translation>发布预警通知</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="70" />
            <source>发布</source>
            <translation>发布</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="311" />
            <source>回执人：</source>
            <translation>回执人：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="313" />
            <source>时间：</source>
            <translation>时间：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="428" />
            <source>已登记 {unit} 的回执。</source>
            <translation>已登记 {unit} 的回执。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="164" />
            <source>文号：{number}（发布时按当年顺序编号）</source>
            <translation>文号：{number}（发布时按当年顺序编号）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="173" />
            <source>全部村（{n} 个）</source>
            <translation>全部村（{n} 个）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="174" />
            <source>全部镇直单位（{n} 个）</source>
            <translation>全部镇直单位（{n} 个）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="227" />
            <source>主送 {n} 个单位</source>
            <translation>主送 {n} 个单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="359" />
            <source>预警通知回执 — {number}</source>
            <translation>预警通知回执 — {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="396" />
            <source>　（无电话）</source>
            <translation>　（无电话）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="426" />
            <source>看不懂这个时间：请写成 09:35 或 03-05 09:35</source>
            <translation>看不懂这个时间：请写成 09:35 或 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="481" />
            <source>已导出 {path}</source>
            <translation>已导出 {path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="167" />
            <source>{n}（⚠ 未指定负责人）</source>
            <translation>{n}（⚠ 未指定负责人）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="254" />
            <source>看不懂这个时间：请写成 18:00 或 03-05 18:00</source>
            <translation>看不懂这个时间：请写成 18:00 或 03-05 18:00</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="392" />
            <source>{unit} 已于 {at} 回执（{by}）。</source>
            <translation>{unit} 已于 {at} 回执（{by}）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="398" />
            <source>&lt;b&gt;{unit}&lt;/b&gt;　信息员 {officer}{phone}</source>
            <translation>&lt;b&gt;{unit}&lt;/b&gt;　信息员 {officer}{phone}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/notice.py" line="399" />
            <source>（未填）</source>
            <translation>（未填）</translation>
        </message>
    </context>
    <context>
        <name>NoticeTableModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="115" />
            <source>文号</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="116" />
            <source>发布单位</source>
            <translation>发布单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="117" />
            <source>标题</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="118" />
            <source>发布时间</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="119" />
            <source>回执时限</source>
            <translation>回执时限</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="120" />
            <source>回执倒计时</source>
            <translation>回执倒计时</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="121" />
            <source>已回执</source>
            <translation>已回执</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="122" />
            <source>未回执单位</source>
            <translation>未回执单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="231" />
            <source>不限</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="245" />
            <source>全部已回执</source>
            <translation>全部已回执</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="234" />
            <source>已齐</source>
            <translation>已齐</translation>
        </message>
    </context>
    <context>
        <name>NoticesView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="456" />
            <source>通知</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="420" />
            <source>发布预警通知…</source>
            <translation>发布预警通知…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="423" />
            <source>登记回执…</source>
            <translation>登记回执…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="426" />
            <source>打印预览</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="540" />
            <source>还没有发布过预警通知。</source>
            <translation>还没有发布过预警通知。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="544" />
            <source>预警通知 &lt;b&gt;{n}&lt;/b&gt; 份　回执未齐 {w} 份</source>
            <translation>预警通知 &lt;b&gt;{n}&lt;/b&gt; 份　回执未齐 {w} 份</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="548" />
            <source>已过回执时限仍未齐 {n} 份</source>
            <translation>已过回执时限仍未齐 {n} 份</translation>
        </message>
    </context>
    <context>
        <name>OnSceneDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="45" />
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="46" />
            <source>（无）</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="47" />
            <source>指挥长：{cmd}
副指挥长：{dep}
成员：{mem}</source>
            <translation>指挥长：{cmd}
副指挥长：{dep}
成员：{mem}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="60" />
            <source>现场指挥部</source>
            <translation>现场指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="63" />
            <source>正在读取事件……</source>
            <translation>正在读取事件……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="68" />
            <source>组成</source>
            <translation>组成</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="71" />
            <source>请选择指挥长（主要领导）</source>
            <translation>请选择指挥长（主要领导）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="76" />
            <source>筛选：姓名、职务或单位</source>
            <translation>筛选：姓名、职务或单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="77" />
            <source>筛选成员</source>
            <translation>筛选成员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="87" />
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="185" />
            <source>成立现场指挥部</source>
            <translation>成立现场指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="94" />
            <source>指挥长：</source>
            <translation>指挥长：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="95" />
            <source>副指挥长：</source>
            <translation>副指挥长：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="96" />
            <source>成员：</source>
            <translation>成员：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="98" />
            <source>时间：</source>
            <translation>时间：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="99" />
            <source>调整原因：</source>
            <translation>调整原因：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="106" />
            <source>历次组成</source>
            <translation>历次组成</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="114" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="156" />
            <source>（不设）</source>
            <translation>（不设）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="184" />
            <source>调整必须写明原因</source>
            <translation>调整必须写明原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="238" />
            <source>现场指挥部已调整。</source>
            <translation>现场指挥部已调整。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="238" />
            <source>现场指挥部已成立。</source>
            <translation>现场指挥部已成立。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="185" />
            <source>保存调整</source>
            <translation>保存调整</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="187" />
            <source>保存后，事件进入“现场指挥部已成立”。</source>
            <translation>保存后，事件进入“现场指挥部已成立”。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="200" />
            <source>尚未成立现场指挥部。</source>
            <translation>尚未成立现场指挥部。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="147" />
            <source>现场指挥部 — {number}</source>
            <translation>现场指挥部 — {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="189" />
            <source>事件已过“成立现场指挥部”这一步：保存即补记其组成。</source>
            <translation>事件已过“成立现场指挥部”这一步：保存即补记其组成。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="191" />
            <source>调整会作为新的一次组成记入时间线，原组成保留。</source>
            <translation>调整会作为新的一次组成记入时间线，原组成保留。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="194" />
            <source>第 {n} 次　{at}　{by}记录</source>
            <translation>第 {n} 次　{at}　{by}记录</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="234" />
            <source>看不懂这个时间：请写成 09:35 或 03-05 09:35</source>
            <translation>看不懂这个时间：请写成 09:35 或 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="151" />
            <source>指挥：{line}</source>
            <translation>指挥：{line}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/dialogs/onscene.py" line="197" />
            <source>　原因：{r}</source>
            <translation>　原因：{r}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="787" />
            <source>日期/问题</source>
            <translation>日期/问题</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="787" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="797" />
            <source>双击或按回车：跳到排班表中的位置</source>
            <translation>双击或按回车：跳到排班表中的位置</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="85" />
            <location filename="../../xianghua_console/gui/progress.py" line="87" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="121" />
            <source>正在取消……</source>
            <translation>正在取消……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="97" />
            <source>这项工作开始后不能中途停止。</source>
            <translation>这项工作开始后不能中途停止。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="228" />
            <location filename="../../xianghua_console/gui/progress.py" line="252" />
            <source>已开始写入，不能再取消；请等它完成。</source>
            <translation>已开始写入，不能再取消；请等它完成。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/progress.py" line="294" />
            <source>请稍候</source>
            <translation>请稍候</translation>
        </message>
    </context>
    <context>
        <name>ReceiptTableModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="255" />
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="256" />
            <source>信息员</source>
            <translation>信息员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="257" />
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="258" />
            <source>回执</source>
            <translation>回执</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="259" />
            <source>回执时间</source>
            <translation>回执时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="260" />
            <source>回执人</source>
            <translation>回执人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="261" />
            <source>登记</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="288" />
            <source>（无电话）</source>
            <translation>（无电话）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="290" />
            <source>已回执</source>
            <translation>已回执</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="290" />
            <source>未回执</source>
            <translation>未回执</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsPanel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="366" />
            <source>　关联事件 {number}</source>
            <translation>　关联事件 {number}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="371" />
            <source>&lt;b&gt;{number}&lt;/b&gt;　{title}&lt;br&gt;{issuer} {issued} 发布　主送：{recipients}{link}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt;　{title}&lt;br&gt;{issuer} {issued} 发布　主送：{recipients}{link}</translation>
        </message>
    </context>
    <context>
        <name>RecordsWatch</name>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="82" />
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="83" />
            <source>放弃</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="178" />
            <source>有人绕过值班台改动了数据库中的记录，这些记录已不能作为依据。请立即报告办公室主任，用 xianghua-console check 核查，必要时从备份恢复。</source>
            <translation>有人绕过值班台改动了数据库中的记录，这些记录已不能作为依据。请立即报告办公室主任，用 xianghua-console check 核查，必要时从备份恢复。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="175" />
            <source>另有 {n} 处。</source>
            <translation>另有 {n} 处。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="210" />
            <source>上次未保存的{what}（{when}{who}），是否恢复？</source>
            <translation>上次未保存的{what}（{when}{who}），是否恢复？</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/records_watch.py" line="177" />
            <source>记录完整性校验未通过：</source>
            <translation>记录完整性校验未通过：</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="341" />
            <source>报表</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="236" />
            <source>日报汇总表（报县）</source>
            <translation>日报汇总表（报县）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="241" />
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="249" />
            <source>列出信息员姓名和电话</source>
            <translation>列出信息员姓名和电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="259" />
            <source>每天一张表；多天另加汇总表。双击下表某天即选中该天。</source>
            <translation>每天一张表；多天另加汇总表。双击下表某天即选中该天。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="263" />
            <source>周报</source>
            <translation>周报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="269" />
            <source>打印预览…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="272" />
            <source>保存 PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="275" />
            <source>保存 Excel…</source>
            <translation>保存 Excel…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="284" />
            <source>台账</source>
            <translation>台账</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="286" />
            <source>全部记录</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="293" />
            <source>导出台账…</source>
            <translation>导出台账…</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="422" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="443" />
            <source>导出日报汇总表</source>
            <translation>导出日报汇总表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="471" />
            <source>保存周报 PDF</source>
            <translation>保存周报 PDF</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="485" />
            <source>正在排版 PDF……</source>
            <translation>正在排版 PDF……</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="500" />
            <source>保存周报 Excel</source>
            <translation>保存周报 Excel</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="554" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="556" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="571" />
            <source>导出台账</source>
            <translation>导出台账</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="244" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="298" />
            <source>从</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="246" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="300" />
            <source>至</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="255" />
            <source>县里的汇总表列有各单位信息员；不勾选则这两列留空</source>
            <translation>县里的汇总表列有各单位信息员；不勾选则这两列留空</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="256" />
            <source>当前账号无权查看报告人姓名和电话</source>
            <translation>当前账号无权查看报告人姓名和电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="278" />
            <source>周</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="334" />
            <source> 本周</source>
            <translation> 本周</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="455" />
            <source>已导出日报汇总表（{d}）：{p}</source>
            <translation>已导出日报汇总表（{d}）：{p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="466" />
            <source>读取周报数据</source>
            <translation>读取周报数据</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="496" />
            <source>已保存周报 PDF（{w}）：{p}</source>
            <translation>已保存周报 PDF（{w}）：{p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="510" />
            <source>导出周报</source>
            <translation>导出周报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="512" />
            <source>已保存周报 Excel（{w}）：{p}</source>
            <translation>已保存周报 Excel（{w}）：{p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="539" />
            <source>已打开周报 {w} 的打印预览。</source>
            <translation>已打开周报 {w} 的打印预览。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="570" />
            <source>结束日期不能早于开始日期。</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="572" />
            <source>已导出台账：{p}</source>
            <translation>已导出台账：{p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="600" />
            <source>上一个导出还没完成，请稍候。</source>
            <translation>上一个导出还没完成，请稍候。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="330" />
            <source>{week}（{first} 至 {last}）</source>
            <translation>{week}（{first} 至 {last}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="365" />
            <source>逐日汇总，共 {n} 天</source>
            <translation>逐日汇总，共 {n} 天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="419" />
            <location filename="../../xianghua_console/gui/views/reports.py" line="554" />
            <source>{first}至{last}</source>
            <translation>{first}至{last}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="422" />
            <source>日报汇总表-{span}.xlsx</source>
            <translation>日报汇总表-{span}.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="448" />
            <source>应报 {e}，按时 {o}，迟报 {l}，缺报 {m}，未报 {p}</source>
            <translation>应报 {e}，按时 {o}，迟报 {l}，缺报 {m}，未报 {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="453" />
            <source>{n} 天，每天一张表，另加汇总表</source>
            <translation>{n} 天，每天一张表，另加汇总表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="471" />
            <source>周报-{week}.pdf</source>
            <translation>周报-{week}.pdf</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="500" />
            <source>周报-{week}.xlsx</source>
            <translation>周报-{week}.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="530" />
            <source>打印预览 — {t}</source>
            <translation>打印预览 — {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="556" />
            <source>台账-{span}.xlsx</source>
            <translation>台账-{span}.xlsx</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="369" />
            <source>合计：事件 {i} 起，迟报 {late} 次，过截止未报/缺报 {miss} 次</source>
            <translation>合计：事件 {i} 起，迟报 {late} 次，过截止未报/缺报 {miss} 次</translation>
        </message>
    </context>
    <context>
        <name>RosterDialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1386" />
            <source>人员信息中标为“可带班领导”的人</source>
            <translation>人员信息中标为“可带班领导”的人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1387" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1388" />
            <source>既不是带班领导也不是驾驶员的人</source>
            <translation>既不是带班领导也不是驾驶员的人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1389" />
            <source>人员信息中标为“驾驶员”的人</source>
            <translation>人员信息中标为“驾驶员”的人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1002" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1053" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1003" />
            <source>本办设定</source>
            <translation>本办设定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1004" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1065" />
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1005" />
            <source>日历原为</source>
            <translation>日历原为</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1006" />
            <source>录入</source>
            <translation>录入</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="85" />
            <source>{month}月{day}日 {weekday}</source>
            <translation>{month}月{day}日 {weekday}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="171" />
            <source>现排在这里</source>
            <translation>现排在这里</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="231" />
            <source>筛选：如 郝 / hj / 1390</source>
            <translation>筛选：如 郝 / hj / 1390</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="232" />
            <source>筛选人员</source>
            <translation>筛选人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="237" />
            <source>可排的人员</source>
            <translation>可排的人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="240" />
            <source>排定（Enter）</source>
            <translation>排定（Enter）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="244" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="558" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="652" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="714" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="783" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="888" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1425" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="356" />
            <source>请假、出差登记</source>
            <translation>请假、出差登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="371" />
            <source>从哪天</source>
            <translation>从哪天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="374" />
            <source>到哪天</source>
            <translation>到哪天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="382" />
            <source>如：赴县参加培训</source>
            <translation>如：赴县参加培训</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="383" />
            <source>登记</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="386" />
            <source>取消这些天的登记</source>
            <translation>取消这些天的登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="394" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="963" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1082" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="398" />
            <source>人员：</source>
            <translation>人员：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="404" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="801" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1089" />
            <source>日期：</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="405" />
            <source>类别：</source>
            <translation>类别：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="406" />
            <source>备注：</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="413" />
            <source>登记后排班表不会自动改动：已排在这些天的人会在“检查”中列出，请调班或换人。</source>
            <translation>登记后排班表不会自动改动：已排在这些天的人会在“检查”中列出，请调班或换人。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="528" />
            <source>调班申请</source>
            <translation>调班申请</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="544" />
            <source>对换：申请人改值接班同事的一个班次</source>
            <translation>对换：申请人改值接班同事的一个班次</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="553" />
            <source>如：当天需赴县开会</source>
            <translation>如：当天需赴县开会</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="554" />
            <source>提交申请</source>
            <translation>提交申请</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="562" />
            <source>接班同事：</source>
            <translation>接班同事：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="564" />
            <source>对换的班次：</source>
            <translation>对换的班次：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="565" />
            <source>原因：</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="566" />
            <source>调班须经接班同事同意、办公室主任批准后才生效；批准前排班表不变。</source>
            <translation>调班须经接班同事同意、办公室主任批准后才生效；批准前排班表不变。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="651" />
            <source>确定</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="685" />
            <source>自动排班</source>
            <translation>自动排班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="708" />
            <source>同时替换手工排定的班次（含调班、导入的）</source>
            <translation>同时替换手工排定的班次（含调班、导入的）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="713" />
            <source>开始排班</source>
            <translation>开始排班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="748" />
            <source>应急保障：经费、车辆、派出所备勤</source>
            <translation>应急保障：经费、车辆、派出所备勤</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="755" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="869" />
            <source> 元</source>
            <translation> 元</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="759" />
            <source>车牌号，如 豫R·A1234</source>
            <translation>车牌号，如 豫R·A1234</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="763" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="876" />
            <source>如：派出所应急分队 王建军（队长）</source>
            <translation>如：派出所应急分队 王建军（队长）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="767" />
            <source>队长手机或值班电话，如 13903960110</source>
            <translation>队长手机或值班电话，如 13903960110</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="768" />
            <source>填入默认</source>
            <translation>填入默认</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="777" />
            <source>用于本值班期的每一天</source>
            <translation>用于本值班期的每一天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="779" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1421" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="793" />
            <source>应急经费</source>
            <translation>应急经费</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="794" />
            <source>应急车辆</source>
            <translation>应急车辆</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="795" />
            <source>派出所备勤联系人</source>
            <translation>派出所备勤联系人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="796" />
            <source>派出所备勤电话</source>
            <translation>派出所备勤电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="802" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="895" />
            <source>应急经费：</source>
            <translation>应急经费：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="803" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="896" />
            <source>应急车辆：</source>
            <translation>应急车辆：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="804" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="897" />
            <source>派出所备勤联系人：</source>
            <translation>派出所备勤联系人：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="808" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="898" />
            <source>派出所备勤电话：</source>
            <translation>派出所备勤电话：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="860" />
            <source>新建值班期</source>
            <translation>新建值班期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="872" />
            <source>车牌号</source>
            <translation>车牌号</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="880" />
            <source>队长手机或值班电话</source>
            <translation>队长手机或值班电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="885" />
            <source>建立</source>
            <translation>建立</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="892" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1091" />
            <source>名称：</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="893" />
            <source>开始日期：</source>
            <translation>开始日期：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="894" />
            <source>结束日期：</source>
            <translation>结束日期：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="938" />
            <source>排班表未导入</source>
            <translation>排班表未导入</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="947" />
            <source>未导入的原因</source>
            <translation>未导入的原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1030" />
            <source>法定节假日和调休上班日取自 chinese-calendar；这里登记本办自己的调整（如县里通知的调休、本地节日），它优先于日历。轮换排班时周末和节假日分开平衡。</source>
            <translation>法定节假日和调休上班日取自 chinese-calendar；这里登记本办自己的调整（如县里通知的调休、本地节日），它优先于日历。轮换排班时周末和节假日分开平衡。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1038" />
            <source>本办的日历调整</source>
            <translation>本办的日历调整</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1060" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1067" />
            <source>如：县里通知的调休、本镇庙会</source>
            <translation>如：县里通知的调休、本镇庙会</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1068" />
            <source>保存这一天</source>
            <translation>保存这一天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1072" />
            <source>删除这一天的设定</source>
            <translation>删除这一天的设定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1090" />
            <source>本办设定为：</source>
            <translation>本办设定为：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1169" />
            <source>日历：</source>
            <translation>日历：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1245" />
            <source>输入姓名或拼音首字母</source>
            <translation>输入姓名或拼音首字母</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1251" />
            <source>加入</source>
            <translation>加入</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1255" />
            <source>移出所选</source>
            <translation>移出所选</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1402" />
            <source>轮换人员库</source>
            <translation>轮换人员库</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1405" />
            <source>自动排班按岗位从人员库中轮流排人（全办通用，各值班期相同）。只能加入适合该岗位的人：带班领导须是可带班的领导，驾驶员须是驾驶员。请假、出差另在“请假/出差”中登记。</source>
            <translation>自动排班按岗位从人员库中轮流排人（全办通用，各值班期相同）。只能加入适合该岗位的人：带班领导须是可带班的领导，驾驶员须是驾驶员。请假、出差另在“请假/出差”中登记。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="311" />
            <source>请先在列表中选一个人。</source>
            <translation>请先在列表中选一个人。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="328" />
            <source>已排定：{day}{slot} {name}。</source>
            <translation>已排定：{day}{slot} {name}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="333" />
            <location filename="../../xianghua_console/gui/views/roster.py" line="1564" />
            <source>注意：</source>
            <translation>注意：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="401" />
            <source>至</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="421" />
            <source>本值班期已登记：</source>
            <translation>本值班期已登记：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="439" />
            <source>（没有）</source>
            <translation>（没有）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="469" />
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="491" />
            <source>请从列表中选择人员。</source>
            <translation>请从列表中选择人员。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="601" />
            <source>请选择接班的同事。</source>
            <translation>请选择接班的同事。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="605" />
            <source>这位同事在本值班期没有可对换的班次。</source>
            <translation>这位同事在本值班期没有可对换的班次。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="667" />
            <source>请填写。</source>
            <translation>请填写。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="950" />
            <source>工作表</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="950" />
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="950" />
            <source>列</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="950" />
            <source>栏目</source>
            <translation>栏目</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="950" />
            <source>原因</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="991" />
            <source>　— {y}年没有法定节假日数据，按周末计</source>
            <translation>　— {y}年没有法定节假日数据，按周末计</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1144" />
            <source>（还没有本办的调整）</source>
            <translation>（还没有本办的调整）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="129" />
            <source>本期{n}班</source>
            <translation>本期{n}班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="220" />
            <source>选择{slot} — {day}</source>
            <translation>选择{slot} — {day}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="224" />
            <source>{day}　{slot}（第{n}位）。输入姓名、拼音首字母或电话筛选，回车排定，Esc 取消。</source>
            <translation>{day}　{slot}（第{n}位）。输入姓名、拼音首字母或电话筛选，回车排定，Esc 取消。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="433" />
            <source>　（{by} {at} 登记）</source>
            <translation>　（{by} {at} 登记）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="503" />
            <source>这些天本来就没有登记。</source>
            <translation>这些天本来就没有登记。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="533" />
            <source>申请人：&lt;b&gt;{name}&lt;/b&gt;　{day}　{slot}</source>
            <translation>申请人：&lt;b&gt;{name}&lt;/b&gt;　{day}　{slot}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="688" />
            <source>按人员库轮流为“{name}”排班：不连值两班，避开请假、出差，平衡每人的班数，周末和节假日单独平衡。&lt;br&gt;已有的自动排班会被替换；手工排定、调班和导入的班次默认保留。</source>
            <translation>按人员库轮流为“{name}”排班：不连值两班，避开请假、出差，平衡每人的班数，周末和节假日单独平衡。&lt;br&gt;已有的自动排班会被替换；手工排定、调班和导入的班次默认保留。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="698" />
            <source>值班期已过去 {n} 天：已开始的班次是实际在班的记录，保持不变，只重排以后的班次。</source>
            <translation>值班期已过去 {n} 天：已开始的班次是实际在班的记录，保持不变，只重排以后的班次。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="771" />
            <source>填入设置中的派出所备勤联系人和电话：{c} {p}</source>
            <translation>填入设置中的派出所备勤联系人和电话：{c} {p}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="863" />
            <source>如：{y}年全国两会期间</source>
            <translation>如：{y}年全国两会期间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="940" />
            <source>“{file}”有 {n} 处问题，&lt;b&gt;没有导入任何一行&lt;/b&gt;，排班表未作改动。请在 Excel 中改正后重新导入。</source>
            <translation>“{file}”有 {n} 处问题，&lt;b&gt;没有导入任何一行&lt;/b&gt;，排班表未作改动。请在 Excel 中改正后重新导入。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1022" />
            <source>{year}年</source>
            <translation>{year}年</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1024" />
            <source>{first}—{last}年</source>
            <translation>{first}—{last}年</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1026" />
            <source>日历调整：本办的节假日和调休上班日（{span}）</source>
            <translation>日历调整：本办的节假日和调休上班日（{span}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1171" />
            <source>；本办已设为{k}</source>
            <translation>；本办已设为{k}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1225" />
            <source>由本办指定{slot}人员库</source>
            <translation>由本办指定{slot}人员库</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1228" />
            <source>不勾选：按人员信息自动确定（{rule}）</source>
            <translation>不勾选：按人员信息自动确定（{rule}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1237" />
            <source>{slot}人员库</source>
            <translation>{slot}人员库</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1242" />
            <source>加入{slot}人员库的人</source>
            <translation>加入{slot}人员库的人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1283" />
            <source>轮换不会排这些已指定的人：</source>
            <translation>轮换不会排这些已指定的人：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="177" />
            <source>前一天值班，不宜连值</source>
            <translation>前一天值班，不宜连值</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="278" />
            <source>没有符合“{t}”的人员。</source>
            <translation>没有符合“{t}”的人员。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="482" />
            <source>已登记{name}{kind}{n}天。</source>
            <translation>已登记{name}{kind}{n}天。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="772" />
            <source>（未设置）</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1311" />
            <source>本办指定的人员；轮换只从他们中排{slot}。</source>
            <translation>本办指定的人员；轮换只从他们中排{slot}。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1313" />
            <source>按人员信息自动确定：{rule}。勾选上面一项可指定具体人员。</source>
            <translation>按人员信息自动确定：{rule}。勾选上面一项可指定具体人员。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1327" />
            <source>（没有合适的人员）</source>
            <translation>（没有合适的人员）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1458" />
            <source>（默认）</source>
            <translation>（默认）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1465" />
            <source>{posts}的人员库是空的：请加入人员，或取消勾选“由本办指定”以按人员信息自动确定。</source>
            <translation>{posts}的人员库是空的：请加入人员，或取消勾选“由本办指定”以按人员信息自动确定。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="173" />
            <source>当天已排在{slot}</source>
            <translation>当天已排在{slot}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="175" />
            <source>当天{kind}</source>
            <translation>当天{kind}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="179" />
            <source>后一天值班，不宜连值</source>
            <translation>后一天值班，不宜连值</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="501" />
            <source>已取消{name}{n}天的登记。</source>
            <translation>已取消{name}{n}天的登记。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1184" />
            <source>已保存：{day}按{kind}排班。</source>
            <translation>已保存：{day}按{kind}排班。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1196" />
            <source>{day}没有本办的设定，无须删除。</source>
            <translation>{day}没有本办的设定，无须删除。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1202" />
            <source>已删除{day}的设定，这一天按日历排班。</source>
            <translation>已删除{day}的设定，这一天按日历排班。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="1457" />
            <source>{slot} {n}人</source>
            <translation>{slot} {n}人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/roster_dialogs.py" line="181" />
            <source>不在本岗位人员库</source>
            <translation>不在本岗位人员库</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="70" />
            <source>人</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="69" />
            <source>分钟</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="69" />
            <source>天</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="69" />
            <source>小时</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="72" />
            <source>时限</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="88" />
            <source>日报与值班</source>
            <translation>日报与值班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="107" />
            <source>本办</source>
            <translation>本办</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="115" />
            <source>本机</source>
            <translation>本机</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="154" />
            <source>设置</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="165" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="169" />
            <source>保存全部修改（Ctrl+S）</source>
            <translation>保存全部修改（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="172" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="204" />
            <source>恢复本页默认值</source>
            <translation>恢复本页默认值</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="206" />
            <source>把本页各项改回预案的默认值（保存后才生效）</source>
            <translation>把本页各项改回预案的默认值（保存后才生效）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="237" />
            <source>：</source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="313" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="313" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="386" />
            <source>请填 {low} 到 {high} 之间的整数{unit}</source>
            <translation>请填 {low} 到 {high} 之间的整数{unit}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="73" />
            <source>事件时限（预案四、应急反应）</source>
            <translation>事件时限（预案四、应急反应）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="80" />
            <source>通知与提醒</source>
            <translation>通知与提醒</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="89" />
            <source>日报和研判会（预案五、工作机制）</source>
            <translation>日报和研判会（预案五、工作机制）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="94" />
            <source>值班备勤（预案五、4）</source>
            <translation>值班备勤（预案五、4）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="108" />
            <source>报表和打印上的名称</source>
            <translation>报表和打印上的名称</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="116" />
            <source>工作站</source>
            <translation>工作站</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="261" />
            <source>不锁定</source>
            <translation>不锁定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="501" />
            <source>已读取最新设置，你的修改保留；标出的项目对方也改过，请核对后再保存。</source>
            <translation>已读取最新设置，你的修改保留；标出的项目对方也改过，请核对后再保存。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="230" />
            <source>范围 {low}–{high} {unit}</source>
            <translation>范围 {low}–{high} {unit}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="74" />
            <source>事发后报告信访办</source>
            <translation>事发后报告信访办</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="75" />
            <source>超过即记为迟报</source>
            <translation>超过即记为迟报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="76" />
            <source>接报后报告镇主要领导</source>
            <translation>接报后报告镇主要领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="77" />
            <source>分派后分指挥部接收</source>
            <translation>分派后分指挥部接收</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="78" />
            <source>应急结束后提交专题报告</source>
            <translation>应急结束后提交专题报告</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="81" />
            <source>预警通知回执时限（默认）</source>
            <translation>预警通知回执时限（默认）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="82" />
            <source>发布通知时预填，可逐份修改</source>
            <translation>发布通知时预填，可逐份修改</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="83" />
            <source>时限到期前提前提醒</source>
            <translation>时限到期前提前提醒</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="84" />
            <source>倒计时在此之内变为黄色</source>
            <translation>倒计时在此之内变为黄色</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="85" />
            <source>已确认仍未完成时再次提醒</source>
            <translation>已确认仍未完成时再次提醒</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="90" />
            <source>日报截止时间</source>
            <translation>日报截止时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="91" />
            <source>只在值班期间收日报</source>
            <translation>只在值班期间收日报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="92" />
            <source>每周研判会次数</source>
            <translation>每周研判会次数</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="92" />
            <source>次</source>
            <translation>次</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="95" />
            <source>交接班时间</source>
            <translation>交接班时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="96" />
            <source>带班领导</source>
            <translation>带班领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="97" />
            <source>值班人员（最少）</source>
            <translation>值班人员（最少）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="98" />
            <source>备勤人员（最少）</source>
            <translation>备勤人员（最少）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="99" />
            <source>备勤人员（最多）</source>
            <translation>备勤人员（最多）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="100" />
            <source>应急车辆</source>
            <translation>应急车辆</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="100" />
            <source>辆</source>
            <translation>辆</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="101" />
            <source>应急经费不少于</source>
            <translation>应急经费不少于</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="101" />
            <source>元</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="102" />
            <source>派出所备勤分队（默认）</source>
            <translation>派出所备勤分队（默认）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="104" />
            <source>派出所备勤电话（默认）</source>
            <translation>派出所备勤电话（默认）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="109" />
            <source>镇名</source>
            <translation>镇名</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="110" />
            <source>办公室名称</source>
            <translation>办公室名称</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="111" />
            <source>办公室电话</source>
            <translation>办公室电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="117" />
            <source>无操作自动锁定</source>
            <translation>无操作自动锁定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="118" />
            <source>0 为不锁定</source>
            <translation>0 为不锁定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="119" />
            <source>自动备份保留</source>
            <translation>自动备份保留</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="119" />
            <source>份</source>
            <translation>份</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="120" />
            <source>每天一份，超出的最旧一份删除</source>
            <translation>每天一份，超出的最旧一份删除</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="121" />
            <source>界面语言</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="387" />
            <source>（{u}）</source>
            <translation>（{u}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="536" />
            <source>另一台电脑也改了这一项，改为：{v}（这里保留了你填写的）</source>
            <translation>另一台电脑也改了这一项，改为：{v}（这里保留了你填写的）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="103" />
            <source>新排的班次预填，可逐日修改</source>
            <translation>新排的班次预填，可逐日修改</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="112" />
            <source>多个号码用“、”或空格隔开</source>
            <translation>多个号码用“、”或空格隔开</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/settings_dialog.py" line="121" />
            <source>重新打开值班台后生效</source>
            <translation>重新打开值班台后生效</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="141" />
            <source>表格</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="151" />
            <source>快捷键</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="153" />
            <source>以下按键取自值班台当前的菜单和按钮。对话框中：Ctrl+S 或回车保存，Esc 取消。</source>
            <translation>以下按键取自值班台当前的菜单和按钮。对话框中：Ctrl+S 或回车保存，Esc 取消。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="157" />
            <source>快捷键列表</source>
            <translation>快捷键列表</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="171" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="44" />
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="104" />
            <location filename="../../xianghua_console/gui/shortcuts.py" line="111" />
            <location filename="../../xianghua_console/gui/shortcuts.py" line="124" />
            <source>任何视图</source>
            <translation>任何视图</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="158" />
            <source>按键</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="158" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="158" />
            <source>适用于</source>
            <translation>适用于</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="74" />
            <source>（{k}）</source>
            <translation>（{k}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="115" />
            <source>{menu} › {what}</source>
            <translation>{menu} › {what}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/shortcuts.py" line="107" />
            <source>{view}（{widget}中）</source>
            <translation>{view}（{widget}中）</translation>
        </message>
    </context>
    <context>
        <name>SituationDialog</name>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="105" />
            <source>情况内容</source>
            <translation>情况内容</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="109" />
            <source>紧急</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="87" />
            <source>日报：有情况</source>
            <translation>日报：有情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="87" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="106" />
            <source>报来的情况：何时、何地、何事、涉及人数、处置情况</source>
            <translation>报来的情况：何时、何地、何事、涉及人数、处置情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="110" />
            <source>紧急情况：保存后立即登记为事件（接报登记）</source>
            <translation>紧急情况：保存后立即登记为事件（接报登记）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="93" />
            <source>日期：{d}</source>
            <translation>日期：{d}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/daily_dialogs.py" line="99" />
            <source>已过 {t} 截止时间：这份日报将记为迟报。</source>
            <translation>已过 {t} 截止时间：这份日报将记为迟报。</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="106" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="106" />
            <source>职务</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="106" />
            <source>所属单位</source>
            <translation>所属单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="106" />
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="107" />
            <source>带班领导</source>
            <translation>带班领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="107" />
            <source>驾驶员</source>
            <translation>驾驶员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="107" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="110" />
            <source>（镇领导）</source>
            <translation>（镇领导）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="111" />
            <location filename="../../xianghua_console/gui/views/directories.py" line="111" />
            <source>是</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>StartupError</name>
        <message>
            <location filename="../../xianghua_console/gui/app.py" line="189" />
            <source>可用 --db 指定另一个数据库，或用 xianghua-console check 检查这个数据库。</source>
            <translation>可用 --db 指定另一个数据库，或用 xianghua-console check 检查这个数据库。</translation>
        </message>
    </context>
    <context>
        <name>SwapsModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="814" />
            <source>编号/状态</source>
            <translation>编号/状态</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="814" />
            <source>调班</source>
            <translation>调班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="814" />
            <source>经过（谁、何时）</source>
            <translation>经过（谁、何时）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="839" />
            <source>申请：{who}（{by} {at} 录入）</source>
            <translation>申请：{who}（{by} {at} 录入）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="819" />
            <source>第{n}号
{status}</source>
            <translation>第{n}号
{status}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="845" />
            <source>同意：{who}（{by} {at} 录入）</source>
            <translation>同意：{who}（{by} {at} 录入）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="851" />
            <source>批准：{who}（{by} {at} 录入）</source>
            <translation>批准：{who}（{by} {at} 录入）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="856" />
            <source>{status}：{by} {at}</source>
            <translation>{status}：{by} {at}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="822" />
            <source>（原因：{r}）</source>
            <translation>（原因：{r}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/roster.py" line="859" />
            <source>，原因：{r}</source>
            <translation>，原因：{r}</translation>
        </message>
    </context>
    <context>
        <name>UnitModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="89" />
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="89" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="89" />
            <source>信访信息员</source>
            <translation>信访信息员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="89" />
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="90" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="100" />
            <source>输入名称或拼音首字母，如“东岗”或 dgc</source>
            <translation>输入名称或拼音首字母，如“东岗”或 dgc</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="162" />
            <source>未选定单位</source>
            <translation>未选定单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/incident_dialog.py" line="159" />
            <source>✓ {kind}</source>
            <translation>✓ {kind}</translation>
        </message>
    </context>
    <context>
        <name>WeekMeetingsModel</name>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="76" />
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="77" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="78" />
            <source>信息员</source>
            <translation>信息员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="79" />
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="80" />
            <source>本周已开</source>
            <translation>本周已开</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="81" />
            <source>召开日期</source>
            <translation>召开日期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="82" />
            <source>参会人数</source>
            <translation>参会人数</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="83" />
            <source>登记</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="84" />
            <source>排查出的问题</source>
            <translation>排查出的问题</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="85" />
            <source>采取的措施</source>
            <translation>采取的措施</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="123" />
            <source>未指定</source>
            <translation>未指定</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="128" />
            <source>未开</source>
            <translation>未开</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/meetings.py" line="129" />
            <source>{n} 次</source>
            <translation>{n} 次</translation>
        </message>
    </context>
    <context>
        <name>alerts</name>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="74" />
            <source>已超时</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="74" />
            <source>即将到期</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="77" />
            <source>{stage}：{number}{who} {kind}，时限 {due}</source>
            <translation>{stage}：{number}{who} {kind}，时限 {due}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="289" />
            <source>时限已超时</source>
            <translation>时限已超时</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="289" />
            <source>时限即将到期</source>
            <translation>时限即将到期</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="355" />
            <source>时限提醒</source>
            <translation>时限提醒</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="81" />
            <location filename="../../xianghua_console/gui/alerts.py" line="376" />
            <source>（{left}）</source>
            <translation>（{left}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="381" />
            <source>确认</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="383" />
            <source>确认已知晓：记入时间线；时限仍未完成的，稍后再次提醒</source>
            <translation>确认已知晓：记入时间线；时限仍未完成的，稍后再次提醒</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="386" />
            <source>查看</source>
            <translation>查看</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="293" />
            <source>另有 {n} 条</source>
            <translation>另有 {n} 条</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/alerts.py" line="433" />
            <source>另有 {n} 条时限提醒，见事件面板。</source>
            <translation>另有 {n} 条时限提醒，见事件面板。</translation>
        </message>
    </context>
    <context>
        <name>directories</name>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="81" />
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="83" />
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/directories.py" line="84" />
            <source>已归档 {when} {by}</source>
            <translation>已归档 {when} {by}</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="51" />
            <source>周一</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="52" />
            <source>周二</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="53" />
            <source>周三</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="54" />
            <source>周四</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="55" />
            <source>周五</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="56" />
            <source>周六</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="57" />
            <source>周日</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="69" />
            <source>{y}年{m}月{d}日（{w}）</source>
            <translation>{y}年{m}月{d}日（{w}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="106" />
            <source>{m} 分钟</source>
            <translation>{m} 分钟</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="92" />
            <source>{d}天{hms}</source>
            <translation>{d}天{hms}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="97" />
            <source>超时 {t}</source>
            <translation>超时 {t}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/fmt.py" line="105" />
            <source>{h} 小时 {m} 分钟</source>
            <translation>{h} 小时 {m} 分钟</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="119" />
            <source>如 09:35 或 03-05 09:35</source>
            <translation>如 09:35 或 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="332" />
            <source>保存（Ctrl+S）</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="334" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="422" />
            <source>看不懂这个时间：请写成 09:35 或 03-05 09:35</source>
            <translation>看不懂这个时间：请写成 09:35 或 03-05 09:35</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="663" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="663" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="366" />
            <source>：</source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="606" />
            <source>已读取最新内容：对方的其他修改已填入，你的修改保留。标出的项目对方也改过，请核对后再保存。</source>
            <translation>已读取最新内容：对方的其他修改已填入，你的修改保留。标出的项目对方也改过，请核对后再保存。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="608" />
            <source>已读取最新内容，你的修改保留；请核对后再保存。</source>
            <translation>已读取最新内容，你的修改保留；请核对后再保存。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="598" />
            <source>另一台电脑也改了这一项，改为：{v}（这里保留了你填写的）</source>
            <translation>另一台电脑也改了这一项，改为：{v}（这里保留了你填写的）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/forms.py" line="599" />
            <source>（空）</source>
            <translation>（空）</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="25" />
            <source>现场指挥部负责处置</source>
            <translation>现场指挥部负责处置</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="26" />
            <source>分指挥部指导协调</source>
            <translation>分指挥部指导协调</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/command.py" line="27" />
            <source>总指挥部统一指挥、直接处置</source>
            <translation>总指挥部统一指挥、直接处置</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/deadlines.py" line="26" />
            <source>报告信访办</source>
            <translation>报告信访办</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/deadlines.py" line="27" />
            <location filename="../../xianghua_console/domain/enums.py" line="119" />
            <source>报告镇主要领导</source>
            <translation>报告镇主要领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/deadlines.py" line="28" />
            <location filename="../../xianghua_console/domain/enums.py" line="124" />
            <source>分指挥部接收</source>
            <translation>分指挥部接收</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/deadlines.py" line="29" />
            <source>提交专题报告</source>
            <translation>提交专题报告</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="18" />
            <source>村</source>
            <translation>村</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="18" />
            <source>镇直单位</source>
            <translation>镇直单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="30" />
            <source>总指挥部</source>
            <translation>总指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="31" />
            <source>总指挥部办公室</source>
            <translation>总指挥部办公室</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="32" />
            <source>工作组</source>
            <translation>工作组</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="33" />
            <source>分指挥部</source>
            <translation>分指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="46" />
            <source>一般</source>
            <translation>一般</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="46" />
            <source>较重</source>
            <translation>较重</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="46" />
            <source>严重</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="68" />
            <source>接报</source>
            <translation>接报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="69" />
            <source>已核实</source>
            <translation>已核实</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="70" />
            <source>已启动预案</source>
            <translation>已启动预案</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="71" />
            <source>现场指挥部已成立</source>
            <translation>现场指挥部已成立</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="72" />
            <source>已得到控制</source>
            <translation>已得到控制</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="73" />
            <source>已宣布应急结束</source>
            <translation>已宣布应急结束</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="74" />
            <source>已收专题报告</source>
            <translation>已收专题报告</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="75" />
            <source>已结案</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="111" />
            <source>接报登记</source>
            <translation>接报登记</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="112" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="24" />
            <source>核实</source>
            <translation>核实</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="113" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="25" />
            <source>启动预案</source>
            <translation>启动预案</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="114" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="26" />
            <source>成立现场指挥部</source>
            <translation>成立现场指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="115" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="27" />
            <source>得到控制</source>
            <translation>得到控制</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="116" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="28" />
            <source>宣布应急结束</source>
            <translation>宣布应急结束</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="117" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="29" />
            <source>收到专题报告</source>
            <translation>收到专题报告</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="118" />
            <location filename="../../xianghua_console/domain/lifecycle.py" line="30" />
            <source>结案</source>
            <translation>结案</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="120" />
            <source>报告县委县政府</source>
            <translation>报告县委县政府</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="121" />
            <source>处置指示</source>
            <translation>处置指示</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="122" />
            <source>派出工作组督导</source>
            <translation>派出工作组督导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="123" />
            <source>分派</source>
            <translation>分派</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="125" />
            <source>更正</source>
            <translation>更正</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="126" />
            <source>确认时限提醒</source>
            <translation>确认时限提醒</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="127" />
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="128" />
            <source>调整事件程度</source>
            <translation>调整事件程度</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="129" />
            <source>分派工作组和成员单位</source>
            <translation>分派工作组和成员单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="130" />
            <source>现场指挥部组成</source>
            <translation>现场指挥部组成</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="131" />
            <source>调整现场指挥部</source>
            <translation>调整现场指挥部</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="144" />
            <source>带班领导</source>
            <translation>带班领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="145" />
            <source>值班人员</source>
            <translation>值班人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="146" />
            <location filename="../../xianghua_console/domain/roster_checks.py" line="337" />
            <source>备勤人员</source>
            <translation>备勤人员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="147" />
            <source>应急车辆/驾驶员</source>
            <translation>应急车辆/驾驶员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="157" />
            <source>平安（零报告）</source>
            <translation>平安（零报告）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="157" />
            <location filename="../../xianghua_console/domain/enums.py" line="174" />
            <source>有情况</source>
            <translation>有情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="172" />
            <source>未报</source>
            <translation>未报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="173" />
            <source>平安</source>
            <translation>平安</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="175" />
            <source>迟报</source>
            <translation>迟报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="176" />
            <source>缺报</source>
            <translation>缺报</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="189" />
            <source>值班员</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="190" />
            <source>办公室主任</source>
            <translation>办公室主任</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="191" />
            <source>指挥长</source>
            <translation>指挥长</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="192" />
            <source>只读</source>
            <translation>只读</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="205" />
            <source>请假</source>
            <translation>请假</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="205" />
            <source>出差</source>
            <translation>出差</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="205" />
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="216" />
            <location filename="../../xianghua_console/domain/holidays.py" line="39" />
            <source>节假日</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="216" />
            <source>调休上班</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="231" />
            <source>待同事同意</source>
            <translation>待同事同意</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="232" />
            <source>待主任批准</source>
            <translation>待主任批准</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="233" />
            <source>已批准</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="234" />
            <source>未同意</source>
            <translation>未同意</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/enums.py" line="235" />
            <source>已撤回</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/holidays.py" line="39" />
            <source>工作日</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/holidays.py" line="39" />
            <source>周末</source>
            <translation>周末</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="37" />
            <source>无带班领导</source>
            <translation>无带班领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="38" />
            <source>值班人员不足</source>
            <translation>值班人员不足</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="39" />
            <source>备勤人员不足</source>
            <translation>备勤人员不足</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="40" />
            <source>重复排班</source>
            <translation>重复排班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="41" />
            <source>请假/出差仍在班</source>
            <translation>请假/出差仍在班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="42" />
            <source>岗位不符</source>
            <translation>岗位不符</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="43" />
            <source>连值两班</source>
            <translation>连值两班</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="334" />
            <source>应急经费</source>
            <translation>应急经费</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="335" />
            <source>应急车辆</source>
            <translation>应急车辆</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/roster_checks.py" line="336" />
            <source>驾驶员</source>
            <translation>驾驶员</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="22" />
            <source>同事同意</source>
            <translation>同事同意</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="23" />
            <source>主任批准</source>
            <translation>主任批准</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="24" />
            <source>不同意</source>
            <translation>不同意</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/domain/swaps.py" line="25" />
            <source>撤回申请</source>
            <translation>撤回申请</translation>
        </message>
    </context>
    <context>
        <name>notices</name>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="318" />
            <source>回执时限 {due}　{left}　已回执 {done}/{total}，未回执 {pending} 个单位</source>
            <translation>回执时限 {due}　{left}　已回执 {done}/{total}，未回执 {pending} 个单位</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="348" />
            <source>回执情况</source>
            <translation>回执情况</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="317" />
            <source>剩余 {left}</source>
            <translation>剩余 {left}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="312" />
            <source>回执 {done}/{total}，未回执 {pending} 个单位（未设回执时限）</source>
            <translation>回执 {done}/{total}，未回执 {pending} 个单位（未设回执时限）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/notices.py" line="310" />
            <source>回执已齐：{total}/{total}</source>
            <translation>回执已齐：{total}/{total}</translation>
        </message>
    </context>
    <context>
        <name>print_preview</name>
        <message>
            <location filename="../../xianghua_console/gui/print_preview.py" line="26" />
            <source>找不到中文字体，无法打印（请安装 fonts-wqy-microhei 或 Noto CJK）。</source>
            <translation>找不到中文字体，无法打印（请安装 fonts-wqy-microhei 或 Noto CJK）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/print_preview.py" line="53" />
            <source>打印预览 — {title}</source>
            <translation>打印预览 — {title}</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <location filename="../../xianghua_console/gui/printing.py" line="65" />
            <source>无法开始打印（打印机不可用）。</source>
            <translation>无法开始打印（打印机不可用）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/printing.py" line="75" />
            <source>找不到中文字体，无法生成 PDF（请安装 fonts-wqy-microhei 或 Noto CJK）。</source>
            <translation>找不到中文字体，无法生成 PDF（请安装 fonts-wqy-microhei 或 Noto CJK）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/printing.py" line="54" />
            <source>无法写入 PDF 文件：{path}</source>
            <translation>无法写入 PDF 文件：{path}</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="84" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="85" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="168" />
            <source>无法写入 {path}：文件被占用或没有写入权限（是否正在 Excel 或 WPS 中打开？请关闭后重试）。</source>
            <translation>无法写入 {path}：文件被占用或没有写入权限（是否正在 Excel 或 WPS 中打开？请关闭后重试）。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/views/reports.py" line="171" />
            <source>无法写入 {path}：{error}</source>
            <translation>无法写入 {path}：{error}</translation>
        </message>
    </context>
    <context>
        <name>screenshot</name>
        <message>
            <location filename="../../xianghua_console/gui/screenshot.py" line="65" />
            <source>无法写入截图 {path}</source>
            <translation>无法写入截图 {path}</translation>
        </message>
    </context>
    <context>
        <name>step_dialogs</name>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="93" />
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="182" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="94" />
            <source>可不填；填写时记入时间线</source>
            <translation>可不填；填写时记入时间线</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="157" />
            <source>报告县委县政府</source>
            <translation>报告县委县政府</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="157" />
            <source>报告镇主要领导</source>
            <translation>报告镇主要领导</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="162" />
            <source>报告对象</source>
            <translation>报告对象</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="237" />
            <source>更正不会抹去原来的时间：时间线上新增一条更正记录，写明原值、新值和原因，时限随之重算。</source>
            <translation>更正不会抹去原来的时间：时间线上新增一条更正记录，写明原值、新值和原因，时限随之重算。</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="243" />
            <source>更正哪个时间</source>
            <translation>更正哪个时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="250" />
            <source>改为</source>
            <translation>改为</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="251" />
            <source>原因</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="254" />
            <source>必填：为什么更正，依据是什么（如：经核实村里报告的时间有误）</source>
            <translation>必填：为什么更正，依据是什么（如：经核实村里报告的时间有误）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="90" />
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="113" />
            <source>保存专题报告</source>
            <translation>保存专题报告</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="113" />
            <source>收到时间</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="158" />
            <source>记录报告</source>
            <translation>记录报告</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="159" />
            <source>报告时间</source>
            <translation>报告时间</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="166" />
            <source>写明职务和姓名，如：镇党委书记×××、镇长×××</source>
            <translation>写明职务和姓名，如：镇党委书记×××、镇长×××</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="231" />
            <source>保存更正</source>
            <translation>保存更正</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="170" />
            <source>时限 {due}（{left}）</source>
            <translation>时限 {due}（{left}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="230" />
            <source>更正时间 — {n}</source>
            <translation>更正时间 — {n}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="246" />
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="267" />
            <source>{what}（现为 {value}）</source>
            <translation>{what}（现为 {value}）</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="172" />
            <source>已超时 {m}</source>
            <translation>已超时 {m}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/step_dialogs.py" line="174" />
            <source>还有 {m}</source>
            <translation>还有 {m}</translation>
        </message>
    </context>
    <context>
        <name>uiload</name>
        <message>
            <location filename="../../xianghua_console/gui/uiload.py" line="30" />
            <source>界面文件无法打开：{path}</source>
            <translation>界面文件无法打开：{path}</translation>
        </message>
        <message>
            <location filename="../../xianghua_console/gui/uiload.py" line="38" />
            <source>界面文件无法载入：{path}（{error}）</source>
            <translation>界面文件无法载入：{path}（{error}）</translation>
        </message>
    </context>
</TS>
