<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EmployeeDetail</name>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="72" />
        <source>Close the panel</source>
        <translation>关闭面板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="87" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="88" />
        <source>Edit this employee (Enter)</source>
        <translation>编辑这名员工（回车）</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../ui/dialogs/employee_dialog.py" line="23" />
        <source>Edit employee</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_dialog.py" line="23" />
        <source>Add employee</source>
        <translation>新增员工</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="23" />
        <source>Workbench</source>
        <translation>班组长工作台</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>Sorry, something unexpected went wrong.
The details were written to {log}.</source>
        <translation>抱歉，出现了意外错误。
详细信息已记录到 {log}。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="63" />
        <source>Import roster — %1</source>
        <translation>导入花名册 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="66" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="73" />
        <location filename="../../ui/dialogs/import_dialog.py" line="74" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="73" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="73" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="73" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="75" />
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="78" />
        <source>Mark as left</source>
        <translation>标记离职</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="81" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="83" />
        <source>Write these changes to the roster in one step</source>
        <translation>一次性把这些变化写入花名册</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="127" />
        <source>%1 · sheet “%2” · header in row %3</source>
        <translation>%1 · 工作表“%2” · 表头在第 %3 行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="154" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="155" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="156" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="157" />
        <source>Marked as left</source>
        <translation>标记离职</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="158" />
        <source>Not in the file</source>
        <translation>不在文件中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="164" />
        <source>%1 has %n problem(s); nothing will be imported. Correct the sheet and import it again.</source>
        <translation>
            <numerusform>%1 有 %n 处问题，不会导入任何内容。请修改表格后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="172" />
        <source>New teams: %1.</source>
        <translation>新班组：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="175" />
        <source>%n active employee(s) of these teams are not in the file. They stay as they are unless you tick them.</source>
        <translation>
            <numerusform>这些班组中有 %n 名在职员工不在文件中。除非勾选，否则保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="29" />
        <location filename="../../ui/main_window.py" line="40" />
        <source>Team Leader's Workbench</source>
        <translation>班组长工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Import roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;About the workbench</source>
        <translation>关于工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>About the workbench</source>
        <translation>关于工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Team Leader's Workbench %1
Checklists, liaison talks and monthly reviews, kept on this PC.</source>
        <translation>班组长工作台 %1
工作清单、谈心谈话与月度复盘，数据只保存在本机。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="127" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="130" />
        <source>Search ID, name, phone, team…</source>
        <translation>搜索工号、姓名、电话、班组…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="131" />
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="141" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="145" />
        <location filename="../../ui/pages/roster_page.py" line="227" />
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="146" />
        <source>Load or update the roster from HR's Excel sheet (Ctrl+I)</source>
        <translation>从 HR 提供的 Excel 表导入或更新花名册（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="148" />
        <source>Add employee…</source>
        <translation>新增员工…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="201" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="216" />
        <source>No roster yet</source>
        <translation>还没有花名册</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="220" />
        <source>Start from the Excel roster HR gave you: the workbench finds the header row, reads Chinese or English column names and shows what it will change before it saves anything.</source>
        <translation>从 HR 给的 Excel 花名册开始：工作台会自动找到表头，识别中文或英文列名，并在保存前先列出将要做的改动。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="280" />
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster_page.py" line="312" />
        <source>%n people shown</source>
        <translation>
            <numerusform>显示 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="312" />
        <source> · %1 active of %2 in the roster</source>
        <translation> · 花名册共 %2 人，在职 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="352" />
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="360" />
        <source>Choose the roster workbook</source>
        <translation>选择花名册工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_page.py" line="360" />
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
</context>
</TS>