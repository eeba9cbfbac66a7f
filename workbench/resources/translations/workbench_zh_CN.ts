<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountEntryDialog</name>
    <message>
        <location filename="../../../ui/dialogs/care_account_dialog.py" line="54"/>
        <source>Three accounts: %1</source>
        <translation>三个账户：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_account_dialog.py" line="57"/>
        <source>Nothing: I write it myself</source>
        <translation>不引用，自己填写</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_account_dialog.py" line="66"/>
        <source>A talk fills in its date and pain points; an event its date and title</source>
        <translation>选择谈话会填入谈话日期和痛点难点；选择关怀记录会填入日期和标题</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_account_dialog.py" line="83"/>
        <source>What you did: a shift changed, a course booked, a birthday remembered</source>
        <translation>做了什么：调了班、报了培训、记得生日……</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_account_dialog.py" line="88"/>
        <source>Fill from:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_account_dialog.py" line="89"/>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_account_dialog.py" line="90"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_account_dialog.py" line="91"/>
        <source>What was done:</source>
        <translation>做了什么：</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="45"/>
        <source>Three accounts</source>
        <translation>三个账户</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="48"/>
        <source>Find a person…</source>
        <translation>查找员工…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="49"/>
        <source>Type a name or employee ID; ↓ moves to the list</source>
        <translation>输入姓名或工号；按 ↓ 进入列表</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="73"/>
        <source>Add an entry…</source>
        <translation>记一笔…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="75"/>
        <source>Write in this person&apos;s accounts, from a talk, an event or your own words (Enter)</source>
        <translation>为这位员工记一笔：来自谈话、关怀活动或自己填写（回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="79"/>
        <source>What was done</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="79"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="87"/>
        <source>Move to the bin</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="174"/>
        <source>Choose a person to see their three accounts.</source>
        <translation>选择一位员工，查看其三个账户。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="176"/>
        <source>Nobody to show: the roster has nobody in this team.</source>
        <translation>没有可显示的人员：花名册中这个班组没有在职员工。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/care_accounts.py" line="207"/>
        <source>Nothing in %1&apos;s accounts yet. After a talk, a praise or a festival, add what was done for them.</source>
        <translation>%1的账户里还没有记录。谈话、表扬或节日活动之后，记下为其做了什么。</translation>
    </message>
</context>
<context>
    <name>AnswerAppealDialog</name>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="144"/>
        <source>Answer the appeal: %1</source>
        <translation>答复复议：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="151"/>
        <source>The figure as changed</source>
        <translation>改判后的数值</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="155"/>
        <source>The reply, as given to the agent</source>
        <translation>给员工的答复</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="160"/>
        <source>Appeal:</source>
        <translation>复议：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="161"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="162"/>
        <source>New figure:</source>
        <translation>新数值：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="163"/>
        <source>Answered on:</source>
        <translation>答复日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="164"/>
        <source>Reply:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="180"/>
        <source>The new figure is not a number.</source>
        <translation>新数值不是数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="182"/>
        <source>A changed outcome needs the new figure.</source>
        <translation>改判需要填写新的数值。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../../ui/app.py" line="86"/>
        <source>%1

Restore the backup made on %2? The damaged file is kept beside it.</source>
        <translation>%1

要恢复 %2 的备份吗？损坏的文件会保留在原处旁边。</translation>
    </message>
</context>
<context>
    <name>AttentionMarkDialog</name>
    <message>
        <location filename="../../../ui/dialogs/attention_mark_dialog.py" line="20"/>
        <source>Follow %1</source>
        <translation>关注 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attention_mark_dialog.py" line="23"/>
        <source>What you are doing about it (only your line reads this)</source>
        <translation>您打算怎么做（仅您和您的上级可见）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attention_mark_dialog.py" line="28"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attention_mark_dialog.py" line="29"/>
        <source>They leave the list for this long, then come back if the reasons remain</source>
        <translation>在这段时间内不出现在名单中；到期后如原因仍在，会重新列出</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attention_mark_dialog.py" line="30"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attention_mark_dialog.py" line="30"/>
        <source>Quiet for:</source>
        <translation>暂不提醒：</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../../ui/models/attention_model.py" line="24"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../../ui/models/attention_model.py" line="24"/>
        <source>Followed</source>
        <translation>已关注</translation>
    </message>
    <message>
        <location filename="../../../ui/models/attention_model.py" line="28"/>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="32"/>
        <source>Attention</source>
        <translation>关注名单</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="35"/>
        <source>Show those followed</source>
        <translation>显示已关注</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="36"/>
        <source>People marked as followed stay off the list until their day</source>
        <translation>已关注的人在到期前不出现在名单中</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="38"/>
        <source>Follow…</source>
        <translation>标记已关注…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="40"/>
        <source>Mark the selected person as followed, with a note</source>
        <translation>将选中的人标记为已关注，并写下备注</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="42"/>
        <source>Put back on the list</source>
        <translation>取消已关注</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="79"/>
        <source>Whose people are these?</source>
        <translation>这是谁的关注名单？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="80"/>
        <source>Pick yourself on the 工作清单 page first.</source>
        <translation>请先在“工作清单”页选择您自己。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="81"/>
        <source>Go to the checklist…</source>
        <translation>前往工作清单…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="84"/>
        <source>Nobody needs special attention today</source>
        <translation>今天没有需要特别关注的人</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="87"/>
        <source>This list gathers, for the people paired with you, numbers slipping, talks overdue, recent stress entries, follow-ups past due and new hires&apos; first weeks.</source>
        <translation>这里汇集与您结对的员工中需要关注的情况：指标下滑、谈话逾期、近期压力账户记录、跟进事项逾期、新员工入职头几周。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/attention_page.py" line="113"/>
        <source>%n person(s) need attention</source>
        <translation>
            <numerusform>%n 人需要关注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/attention_page.py" line="114"/>
        <source> · %n followed</source>
        <translation>
            <numerusform> · 已关注 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="141"/>
        <source>Act on it</source>
        <translation>去处理</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="151"/>
        <source>Followed until %1.</source>
        <translation>已关注，至 %1 不再提醒。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="179"/>
        <source>%1 marked as followed.</source>
        <translation>已将 %1 标记为已关注。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/attention_page.py" line="187"/>
        <source>%1 is back on the list.</source>
        <translation>%1 已重新列入关注名单。</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../../../ui/widgets/attention_panel.py" line="28"/>
        <source>Who needs you</source>
        <translation>关注名单</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attention_panel.py" line="32"/>
        <location filename="../../../ui/widgets/attention_panel.py" line="77"/>
        <source>All…</source>
        <translation>全部…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attention_panel.py" line="33"/>
        <source>The whole attention list, and marking a person as followed</source>
        <translation>查看完整的关注名单，并标记已关注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/attention_panel.py" line="55"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attention_panel.py" line="57"/>
        <source>Nobody needs special attention today.</source>
        <translation>今天没有需要特别关注的人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/attention_panel.py" line="58"/>
        <source>%n marked as followed.</source>
        <translation>
            <numerusform>已关注 %n 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/attention_panel.py" line="65"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>（另有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attention_panel.py" line="77"/>
        <source>All %1…</source>
        <translation>全部 %1 人…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="40"/>
        <source>Backups</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="42"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="43"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="44"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="45"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="49"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="49"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="49"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="49"/>
        <source>People</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="49"/>
        <source>Talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="49"/>
        <source>Duties</source>
        <translation>工作项</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="58"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="59"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="64"/>
        <source>A backup is made at the first start of each day; the last 7 days and 12 months are kept.</source>
        <translation>每天第一次启动时自动备份；保留最近 7 天和 12 个月的备份。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="91"/>
        <source>No backups yet. One is made at the first start of each day.</source>
        <translation>还没有备份。每天第一次启动时会自动备份。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="98"/>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/backups_dialog.py" line="109"/>
        <source>Put the backup of %1 in place of the current data? The current data is backed up first, so you can come back to it from this list.</source>
        <translation>用 %1 的备份替换当前数据吗？当前数据会先备份，之后仍可在这个列表里恢复回来。</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <location filename="../../../ui/dialogs/bin_dialog.py" line="35"/>
        <source>The bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/bin_dialog.py" line="36"/>
        <source>Removed talks and follow-ups stay here until you delete them.</source>
        <translation>删除的谈话记录和跟进事项会保留在这里，直到你彻底删除它们。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/bin_dialog.py" line="40"/>
        <source>Put back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/bin_dialog.py" line="41"/>
        <source>Delete for good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/bin_dialog.py" line="42"/>
        <source>Empty the bin…</source>
        <translation>清空回收站…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/bin_dialog.py" line="86"/>
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>要彻底删除这 %n 项吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CadenceModel</name>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="35"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="36"/>
        <source>Last talk</source>
        <translation>上次谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="37"/>
        <source>Half-year survey</source>
        <translation>半年调研</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="38"/>
        <source>Open follow-ups</source>
        <translation>未结跟进</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="39"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="51"/>
        <source>✓ Joined a team activity (%1)</source>
        <translation>✓ 参加团队活动 (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="53"/>
        <source>✓ Talked</source>
        <translation>✓ 已谈</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="54"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="55"/>
        <source>! Over a month</source>
        <translation>! 超过一个月未谈</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="56"/>
        <source>— No talk</source>
        <translation>— 未谈</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="66"/>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cadence_model.py" line="66"/>
        <source>Not yet</source>
        <translation>未做</translation>
    </message>
</context>
<context>
    <name>CalibrationSessionDialog</name>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="38"/>
        <source>New calibration session</source>
        <translation>新建质量校准会</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="40"/>
        <source>Calibration session %1</source>
        <translation>%1 质量校准会</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="42"/>
        <source>Optional: the score sheet to import</source>
        <translation>可选：要导入的评分表</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="43"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="49"/>
        <source>Tick who scores the calls: QA staff, leaders, agents</source>
        <translation>勾选给来电打分的人：质检、组长、坐席</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="58"/>
        <source>One call ID a line</source>
        <translation>每行一个录音编号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="63"/>
        <source>Held on:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="64"/>
        <source>Title:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="65"/>
        <source>Score sheet:</source>
        <translation>评分表：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="66"/>
        <source>Or evaluators:</source>
        <translation>或者评分人：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="67"/>
        <source>And calls:</source>
        <translation>以及来电：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="75"/>
        <source>Choose the score sheet</source>
        <translation>选择评分表</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/calibration_session_dialog.py" line="91"/>
        <source>Choose a score sheet, or tick the evaluators and list the calls.</source>
        <translation>请选择评分表，或勾选评分人并列出来电。</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="61"/>
        <source>Performance card: %1 (%2), %3</source>
        <translation>绩效沟通卡：%1（%2），%3</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="69"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="69"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="69"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="87"/>
        <source>No numbers imported for this month: the card can still be filled in.</source>
        <translation>本月还没有导入指标数据，沟通卡仍可照常填写。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="95"/>
        <source>Strengths found:</source>
        <translation>发现优势：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="95"/>
        <source>What the agent does well this month</source>
        <translation>员工本月做得好的地方</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="96"/>
        <source>To improve:</source>
        <translation>待改进：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="96"/>
        <source>What to work on, with the figure it shows in</source>
        <translation>需要改进什么，体现在哪项指标上</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="97"/>
        <source>Leader&apos;s comment:</source>
        <translation>组长评语：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="97"/>
        <source>Your overall view of the month</source>
        <translation>对本月的总体评价</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="113"/>
        <location filename="../../../ui/dialogs/card_dialog.py" line="120"/>
        <source>Action</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="113"/>
        <location filename="../../../ui/dialogs/card_dialog.py" line="122"/>
        <location filename="../../../ui/dialogs/card_dialog.py" line="123"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="113"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="119"/>
        <source>An action agreed, e.g. listen to two model calls a week</source>
        <translation>约定的改进行动，如：每周跟听两通优秀录音</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="125"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="126"/>
        <source>Add the action to the card (it becomes a follow-up when saved)</source>
        <translation>把这项行动加到沟通卡上（保存后成为一条跟进事项）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="133"/>
        <source>Actions agreed</source>
        <translation>约定的改进行动</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="139"/>
        <source>The agent has seen the card on</source>
        <translation>员工确认日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="145"/>
        <source>If the agent disagrees: what with, in their words (an appeal can follow)</source>
        <translation>员工如有异议：对什么有异议，按员工原话记录（可随后发起复议）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="148"/>
        <source>Disagreement</source>
        <translation>异议说明</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="149"/>
        <source>Agent&apos;s acknowledgement</source>
        <translation>员工确认</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="189"/>
        <source>Card: %1</source>
        <translation>沟通卡：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_dialog.py" line="228"/>
        <source>Tick that the agent has seen the card to note their disagreement.</source>
        <translation>记录异议前，请先勾选员工确认并填写日期。</translation>
    </message>
</context>
<context>
    <name>CardsModels</name>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="34"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="35"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="36"/>
        <source>This month against target</source>
        <translation>本月指标对比目标</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="37"/>
        <source>Card</source>
        <translation>沟通卡</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="66"/>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="67"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="68"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="69"/>
        <source>Disputed</source>
        <translation>争议内容</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="70"/>
        <source>Routed to</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="71"/>
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cards_models.py" line="72"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="51"/>
        <source>Performance cards</source>
        <translation>绩效沟通</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="58"/>
        <source>Whose cards: a team, or the whole center</source>
        <translation>查看哪个班组的沟通卡，或全中心</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="62"/>
        <source>Export cards…</source>
        <translation>导出沟通卡…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="63"/>
        <source>Write the month&apos;s cards to a workbook, one A4 page per agent</source>
        <translation>把本月沟通卡写入工作簿，每人一页 A4</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="79"/>
        <source>Fill in the card…</source>
        <translation>填写沟通卡…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="81"/>
        <source>Open the selected agent&apos;s card (Enter)</source>
        <translation>打开所选员工的沟通卡（Enter）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="97"/>
        <source>Raise an appeal…</source>
        <translation>发起复议…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="98"/>
        <source>For the agent selected on the cards tab</source>
        <translation>为“沟通卡”标签页中选中的员工发起</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="100"/>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="101"/>
        <source>Record the reply to the selected appeal</source>
        <translation>记录所选复议的答复</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="105"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="107"/>
        <source>How long QA or the manager has to answer an appeal, Monday to Friday (the center&apos;s setting)</source>
        <translation>质检或经理答复复议的时限，按周一至周五计（全中心的设置）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="115"/>
        <source>Reply within:</source>
        <translation>答复时限：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="123"/>
        <source>Cards</source>
        <translation>沟通卡</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="124"/>
        <source>Appeals</source>
        <translation>复议</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="126"/>
        <source>Nobody to write a card for</source>
        <translation>还没有可填写沟通卡的员工</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="128"/>
        <source>Each month every agent gets a performance communication card: the month&apos;s numbers against target, strengths, what to improve and the actions agreed. Import the roster on the 团队 page first.</source>
        <translation>每月为每位员工填写绩效考核沟通卡：本月指标对照目标、发现的优势、待改进之处和约定的改进行动。请先在“团队”页导入花名册。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="132"/>
        <source>Go to the roster…</source>
        <translation>前往花名册…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="162"/>
        <source>%1 agents  ·  %2 cards filled  ·  %3 acknowledged  ·  %4 disputed  ·  ✓ on target, ✗ below</source>
        <translation>共 %1 人  ·  已填 %2 张  ·  已确认 %3 张  ·  有异议 %4 张  ·  ✓ 达标，✗ 未达标</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="170"/>
        <source>%1 appeals  ·  %2 awaiting a reply  ·  %3 past the reply limit</source>
        <translation>共 %1 条复议  ·  %2 条待答复  ·  %3 条超过答复时限</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="175"/>
        <source>Appeals (%1)</source>
        <translation>复议（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="235"/>
        <source>Card of %1 saved.</source>
        <translation>已保存 %1 的沟通卡。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="240"/>
        <source>Raise an appeal?</source>
        <translation>发起复议？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="241"/>
        <source>%1 disagrees with the card. Raise an appeal on their behalf now?</source>
        <translation>%1 对沟通卡有异议。现在代其发起复议吗？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="276"/>
        <source>Appeal raised: a reply is due by %1.</source>
        <translation>已发起复议：须在 %1 前答复。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="290"/>
        <source>Appeals raised from now on are due %1 working days later.</source>
        <translation>此后发起的复议须在 %1 个工作日内答复。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="304"/>
        <source>This appeal has already been answered.</source>
        <translation>这条复议已经答复过了。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="311"/>
        <source>Appeal answered.</source>
        <translation>复议已答复。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="320"/>
        <source>Save the month&apos;s cards</source>
        <translation>保存本月沟通卡</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="323"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cards_page.py" line="329"/>
        <source>Cards saved: %1</source>
        <translation>沟通卡已保存：%1</translation>
    </message>
</context>
<context>
    <name>CareEventDialog</name>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="46"/>
        <source>Record care or recognition</source>
        <translation>记录关怀与表彰</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="55"/>
        <source>One person</source>
        <translation>一位员工</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="56"/>
        <source>A whole team</source>
        <translation>整个班组</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="86"/>
        <source>What happened: who said what, what the person did</source>
        <translation>具体情况：客户怎么说，员工做了什么</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="90"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="91"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="92"/>
        <source>For:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="94"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="95"/>
        <source>Details:</source>
        <translation>详细情况：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="116"/>
        <source>e.g. Praised by a caller for patience</source>
        <translation>例如：客户来电表扬服务耐心</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="117"/>
        <source>e.g. Service star of the month</source>
        <translation>例如：本月服务明星</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="118"/>
        <source>e.g. Mid-Autumn: mooncakes and wishes</source>
        <translation>例如：中秋节分月饼、写祝福卡</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="119"/>
        <source>e.g. Visited at home after an illness</source>
        <translation>例如：病后上门探望</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/care_event_dialog.py" line="129"/>
        <source>Service star, %1-%2</source>
        <translation>%1年%2月服务明星</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="50"/>
        <source>Care</source>
        <translation>关怀与表彰</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="60"/>
        <source>Whose month: a team, or the whole center</source>
        <translation>看哪个班组：某一班组或整个中心</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="64"/>
        <source>Search praise, activities and accounts…</source>
        <translation>搜索表扬、活动和账户记录…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="65"/>
        <source>Search titles, details and account entries (Ctrl+F)</source>
        <translation>搜索标题、详细情况和三个账户的记录（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="71"/>
        <source>Previous month (Alt+Left)</source>
        <translation>上个月（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="76"/>
        <source>Next month (Alt+Right)</source>
        <translation>下个月（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="80"/>
        <source>Record care…</source>
        <translation>记录关怀…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="82"/>
        <source>Record a praise, a service star or a festival activity (Ctrl+N)</source>
        <translation>记录客户表扬、服务明星或节日活动（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="98"/>
        <source>Recognition and activities</source>
        <translation>表彰与活动</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="104"/>
        <source>Nothing recorded this month yet</source>
        <translation>本月还没有记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="105"/>
        <source>Customer praise, the month&apos;s service star and festival activities are kept here for the review.</source>
        <translation>客户表扬、本月服务明星和节日活动都记在这里，月度复盘时一并汇总。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="107"/>
        <source>Record the first one…</source>
        <translation>记录第一条…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="136"/>
        <source>Move to the bin</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="147"/>
        <source>Care starts from the roster</source>
        <translation>关怀从花名册开始</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="149"/>
        <source>Import the roster with birthdays and hire dates: this page then shows who has a birthday or a work anniversary, the team&apos;s praise and festivals, and what you did for each person.</source>
        <translation>导入带有生日和入职日期的花名册后，这里会显示谁过生日、谁入职满周年，班组的表扬和节日活动，以及你为每位员工做了什么。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="153"/>
        <source>Go to the roster…</source>
        <translation>去花名册…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="172"/>
        <source>Whole center</source>
        <translation>整个中心</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="178"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/care_page.py" line="185"/>
        <source>Birthdays and work anniversaries (%n)</source>
        <translation>
            <numerusform>生日与入职周年（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="94"/>
        <source>No birthdays or work anniversaries this month.</source>
        <translation>本月没有人过生日或入职满周年。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="201"/>
        <source>Accounts this month:</source>
        <translation>本月账户：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="229"/>
        <source>That person is not in the team shown.</source>
        <translation>这位员工不在当前班组中。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="274"/>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="280"/>
        <source>Choose a person in the three accounts first.</source>
        <translation>请先在“三个账户”中选择一位员工。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="301"/>
        <source>Added to %1&apos;s accounts.</source>
        <translation>已记入%1的账户。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="308"/>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="311"/>
        <source>Remove an account entry</source>
        <translation>删除一条账户记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/care_page.py" line="321"/>
        <source>Moved to the bin. Ctrl+Z puts it back.</source>
        <translation>已移到回收站，按 Ctrl+Z 可恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/care_page.py" line="337"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>找到 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="29"/>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="37"/>
        <source>✓ Done, %n day(s) late</source>
        <translation>✓ 晚 %n 天完成</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="40"/>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="42"/>
        <source>— Skipped</source>
        <translation>— 已跳过</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="44"/>
        <source>✗ Missed</source>
        <translation>✗ 已错过</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="46"/>
        <source>! Overdue</source>
        <translation>! 已逾期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="48"/>
        <source>To do, due soon</source>
        <translation>待办，即将到期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="49"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="14"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="15"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="16"/>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="17"/>
        <source>Deliverable</source>
        <translation>产出物</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="18"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="19"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/checklist_model.py" line="77"/>
        <source>Still to catch up from earlier periods (%n)</source>
        <translation>之前周期未完成，仍可补做（%n 项）</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="50"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="51"/>
        <source>Why is “%1” skipped this time?</source>
        <translation>本次跳过“%1”的原因：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="60"/>
        <source>Checklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="71"/>
        <source>Whose checklist: pick yourself</source>
        <translation>选择你自己，查看你的工作清单</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="75"/>
        <source>Previous day (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="84"/>
        <source>Next day (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="86"/>
        <source>Adjust…</source>
        <translation>调整清单…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="87"/>
        <source>Add, change, reorder or retire the duties on this checklist</source>
        <translation>新增、修改、排序或停用清单上的工作</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="89"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="149"/>
        <source>Whose checklist is this?</source>
        <translation>这是谁的工作清单？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="152"/>
        <source>Start my checklist</source>
        <translation>开始我的工作清单</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="155"/>
        <source>Go to the roster…</source>
        <translation>去花名册…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="213"/>
        <source>Pick yourself from the roster. Your checklist starts from your role&apos;s duties, which you can adjust later.</source>
        <translation>从花名册中选择你自己。工作清单会按你的岗位生成，之后可以调整。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/choose_me.py" line="14"/>
        <source>Nobody in the roster is titled 组长, 助理经理 or 经理. Pick yourself and say your role: your checklist starts from that role&apos;s duties.</source>
        <translation>花名册里没有岗位为组长、助理经理或经理的人。请选出您自己并选择您的岗位：工作清单从这个岗位的工作开始。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="219"/>
        <source>The roster is empty. Import the roster first.</source>
        <translation>花名册还是空的，请先导入花名册。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="288"/>
        <source>Tick “%1”</source>
        <translation>勾选“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="288"/>
        <source>Untick “%1”</source>
        <translation>取消勾选“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="299"/>
        <source>Skip “%1”</source>
        <translation>跳过“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/checklist_page.py" line="309"/>
        <source>%n duty(ies) from earlier periods</source>
        <translation>
            <numerusform>之前周期的 %n 项工作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/checklist_page.py" line="313"/>
        <source>Skip %n duty(ies) from earlier periods</source>
        <translation>
            <numerusform>跳过之前周期的 %n 项工作</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/checklist_page.py" line="323"/>
        <source>Note on “%1”</source>
        <translation>备注“%1”</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="159"/>
        <source>3. Your checklist</source>
        <translation>3. 你的工作清单</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="168"/>
        <source>When you have picked yourself, your role&apos;s duties become your checklist.</source>
        <translation>选好自己之后，你所在岗位的工作项会成为你的工作清单。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="174"/>
        <source>Your checklist has %1 duties (%2), copied from your role&apos;s template. Adjust it any time with 调整清单… on the 工作清单 page.</source>
        <translation>你的工作清单有 %1 项工作（%2），来自你所在岗位的模板。随时可以在“工作清单”页用“调整清单…”修改。</translation>
    </message>
</context>
<context>
    <name>ChooseMe</name>
    <message>
        <location filename="../../../ui/widgets/choose_me.py" line="28"/>
        <source>Your checklist starts from this role&apos;s duties</source>
        <translation>您的工作清单从这个岗位的工作开始</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/choose_me.py" line="31"/>
        <source>I am:</source>
        <translation>我是：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/choose_me.py" line="32"/>
        <source>My role:</source>
        <translation>我的岗位：</translation>
    </message>
</context>
<context>
    <name>CompletionPanel</name>
    <message>
        <location filename="../../../ui/widgets/completion_panel.py" line="28"/>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/completion_panel.py" line="32"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/completion_panel.py" line="33"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/completion_panel.py" line="34"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/completion_panel.py" line="59"/>
        <source>Duties left undone when their period ended: history now, not a to-do</source>
        <translation>周期结束时仍未完成的工作：已成为历史，不再列为待办</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/completion_panel.py" line="89"/>
        <source>%1 done late · %2 skipped · %3 missed · %4 still to do</source>
        <translation>逾期完成 %1 项 · 跳过 %2 项 · 错过 %3 项 · 待办 %4 项</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/completion_panel.py" line="96"/>
        <source>Missed: %1</source>
        <translation>已错过：%1</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../../ui/widgets/connection_banner.py" line="26"/>
        <source>Try again now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/connection_banner.py" line="42"/>
        <source>The connection to the center&apos;s database is lost. Nothing was saved; what you typed is still here.</source>
        <translation>与中心数据库的连接已断开。没有保存任何内容；您输入的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/connection_banner.py" line="44"/>
        <source>Trying again…</source>
        <translation>正在重新连接…</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <location filename="../../../ui/database_switch.py" line="74"/>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="76"/>
        <source>Workbench databases (%1);;All files (*)</source>
        <translation>工作台数据库 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="84"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="85"/>
        <source>new database.sqlite3</source>
        <translation>新数据库.sqlite3</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="86"/>
        <source>Workbench databases (%1)</source>
        <translation>工作台数据库 (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="96"/>
        <source>%1 already exists. Choose another name, or open it with “Open another…”.</source>
        <translation>%1 已经存在。请换一个文件名，或用“打开其他数据库…”打开它。</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="119"/>
        <source>This database is already open.</source>
        <translation>这个数据库已经打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="123"/>
        <source>That database is open in another window.</source>
        <translation>那个数据库已在另一个窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="151"/>
        <source>Move the data folder to</source>
        <translation>把数据文件夹移到</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="155"/>
        <source>Move the database, its backups and the logs from
%1
to
%2?

The window closes the database while they are copied.</source>
        <translation>把数据库、备份和日志从
%1
移到
%2？

复制期间窗口会先关闭数据库。</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="164"/>
        <source>Moving the data folder…</source>
        <translation>正在移动数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../../ui/database_switch.py" line="169"/>
        <source>The data folder is now %1</source>
        <translation>数据文件夹现在位于 %1</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <location filename="../../../ui/models/care_models.py" line="28"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/care_models.py" line="28"/>
        <source>What</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../../ui/models/care_models.py" line="28"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/models/care_models.py" line="34"/>
        <source>Today</source>
        <translation>就是今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/models/care_models.py" line="36"/>
        <source>Passed, %n day(s) ago</source>
        <translation>
            <numerusform>已过 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/models/care_models.py" line="37"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/models/care_models.py" line="54"/>
        <source>%n year(s) with the center</source>
        <translation>
            <numerusform>已在中心工作 %n 年</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <location filename="../../../ui/dialogs/duty_dialog.py" line="31"/>
        <source>Change duty</source>
        <translation>修改工作</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_dialog.py" line="31"/>
        <source>Add duty</source>
        <translation>新增工作</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_dialog.py" line="49"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_dialog.py" line="50"/>
        <source>Work:</source>
        <translation>工作内容：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_dialog.py" line="51"/>
        <source>Requirement:</source>
        <translation>具体要求：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_dialog.py" line="52"/>
        <source>Deliverable:</source>
        <translation>产出物：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_dialog.py" line="53"/>
        <source>Frequency:</source>
        <translation>频次：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_dialog.py" line="54"/>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
</context>
<context>
    <name>DutyListDialog</name>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="101"/>
        <source>Checklist templates</source>
        <translation>工作清单模板</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="101"/>
        <source>Adjust my checklist</source>
        <translation>调整我的工作清单</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="107"/>
        <source>New checklists start from these duties. Leaders&apos; existing checklists keep their own.</source>
        <translation>新开始的工作清单以这些工作为准；已有的个人清单保持不变。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="109"/>
        <source>Changes apply from the running period on; what was ticked before stays as it was.</source>
        <translation>修改从当前周期起生效；之前的勾选记录保持原样。</translation>
    </message>
    <message>
        <location filename="../../../ui/models/duties_model.py" line="18"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../ui/models/duties_model.py" line="19"/>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location filename="../../../ui/models/duties_model.py" line="20"/>
        <source>Deliverable</source>
        <translation>产出物</translation>
    </message>
    <message>
        <location filename="../../../ui/models/duties_model.py" line="21"/>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../../ui/models/duties_model.py" line="22"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="125"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="126"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="127"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="128"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="129"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="130"/>
        <source>Take the duty off the list; its records stay</source>
        <translation>把这项工作移出清单，已有记录保留</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="131"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="132"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="149"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="151"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="211"/>
        <source>Add “%1”</source>
        <translation>新增“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="224"/>
        <source>Change “%1”</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="233"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="239"/>
        <source>Retire “%1”</source>
        <translation>停用“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="254"/>
        <source>%1 checklist template.xlsx</source>
        <translation>%1工作清单模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="256"/>
        <source>Export the template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="256"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="264"/>
        <source>Template saved as %1.</source>
        <translation>模板已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="270"/>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="278"/>
        <source>Import a template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="272"/>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="279"/>
        <source>Replace the %1 template with the duties in %2?</source>
        <translation>用 %2 中的工作替换“%1”模板吗？</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/duty_list_dialog.py" line="290"/>
        <source>The %1 template now has the duties in %2.</source>
        <translation>“%1”模板已换成 %2 中的工作。</translation>
    </message>
</context>
<context>
    <name>EmployeeDetail</name>
    <message>
        <location filename="../../../ui/widgets/employee_detail.py" line="27"/>
        <source>Close the panel</source>
        <translation>关闭面板</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/employee_detail.py" line="44"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/employee_detail.py" line="45"/>
        <source>Edit this employee (Enter)</source>
        <translation>编辑这名员工（回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/employee_detail.py" line="42"/>
        <source>Record a talk…</source>
        <translation>记录谈话…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/employee_detail.py" line="43"/>
        <source>Record a talk with this employee as their liaison</source>
        <translation>以定点联系人的身份记录与这名员工的谈话</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../../ui/dialogs/employee_dialog.py" line="23"/>
        <source>Edit employee</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/employee_dialog.py" line="23"/>
        <source>Add employee</source>
        <translation>新增员工</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../ui/errors.py" line="40"/>
        <location filename="../../../ui/errors.py" line="64"/>
        <source>Workbench</source>
        <translation>班组长工作台</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="53"/>
        <source>Sorry, something unexpected went wrong.
The details were written to {log}.</source>
        <translation>抱歉，出现了意外错误。
详细信息已记录到 {log}。</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="66"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="67"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="71"/>
        <source>Reloading copies what you typed to the clipboard: Ctrl+V pastes it back.</source>
        <translation>重新载入时，您输入的内容会先复制到剪贴板，按 Ctrl+V 即可粘贴回来。</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../../ui/models/care_models.py" line="65"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/care_models.py" line="65"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../ui/models/care_models.py" line="65"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../../ui/models/care_models.py" line="65"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../../ui/models/care_models.py" line="65"/>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Export the monthly review</source>
        <translation>导出月度复盘</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="58"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="100"/>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="63"/>
        <source>Include my private notes</source>
        <translation>包含我的私密备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="61"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="65"/>
        <source>Private notes are for you and your line managers only; leave this off for anything sent further.</source>
        <translation>私密备注只供你本人和直属上级查看；要往外发送的文件请不要勾选。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="68"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="74"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="75"/>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="77"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="80"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="123"/>
        <source>Save the monthly review</source>
        <translation>保存月度复盘</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="123"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="131"/>
        <source>Choose where to save the workbook.</source>
        <translation>请选择工作簿的保存位置。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="135"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="154"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="185"/>
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
</context>
<context>
    <name>GrowthDialog</name>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="39"/>
        <source>Growth diary: %1, %2</source>
        <translation>成长日记：%1，%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="44"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="49"/>
        <source>A percent: 98.5, 98.5% and 0.985 are the same</source>
        <translation>百分比：98.5、98.5% 和 0.985 都表示同一个值</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="50"/>
        <source>Scores</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="61"/>
        <source>%1 filled in from the imported numbers: change them if the diary should say otherwise.</source>
        <translation>%1已按导入的指标填好，如成长日记应记录不同的分数，可直接修改。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="62"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="70"/>
        <source>From the imported numbers</source>
        <translation>取自导入的指标</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="80"/>
        <source>What the employee means to improve this month, and how</source>
        <translation>员工本月打算提升什么、怎样提升</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="81"/>
        <source>How the month went, in your words</source>
        <translation>用您的话评价员工本月的表现</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/growth_dialog.py" line="82"/>
        <source>Advice and methods for next month</source>
        <translation>给员工下个月的建议和方法</translation>
    </message>
</context>
<context>
    <name>GrowthModels</name>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="64"/>
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="65"/>
        <location filename="../../../ui/models/growth_models.py" line="145"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="66"/>
        <source>Weekly avg</source>
        <translation>周考平均</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="67"/>
        <source>Wk %1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="68"/>
        <location filename="../../../ui/models/growth_models.py" line="148"/>
        <source>Since last month</source>
        <translation>较上月</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="70"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="71"/>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="100"/>
        <source>✓ Written</source>
        <translation>✓ 已写</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="119"/>
        <source>From the imported numbers; the diary has none yet</source>
        <translation>取自导入的指标，成长日记中尚未记录</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="126"/>
        <source>Last month: QA %1, satisfaction %2, weekly avg %3</source>
        <translation>上月：质检 %1，满意度 %2，周考平均 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="144"/>
        <source>QA score</source>
        <translation>质检成绩</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="146"/>
        <source>Weekly test average</source>
        <translation>周考平均</translation>
    </message>
    <message>
        <location filename="../../../ui/models/growth_models.py" line="147"/>
        <source>Week %1 test</source>
        <translation>第%1周周考</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="42"/>
        <source>Growth diary</source>
        <translation>成长日记</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="51"/>
        <source>Whose month: a team, or the whole center</source>
        <translation>查看哪个班组：一个班组，或整个中心</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="55"/>
        <source>Edit month…</source>
        <translation>编辑本月…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="56"/>
        <source>Type in the selected person&apos;s scores, plan and evaluation</source>
        <translation>为选中的员工填写本月成绩、成长计划和评价</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="58"/>
        <location filename="../../../ui/pages/growth_page.py" line="99"/>
        <source>Import scores…</source>
        <translation>导入成绩…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="60"/>
        <source>Import a QA or weekly-test sheet from Excel</source>
        <translation>从 Excel 导入质检成绩表或周考成绩表</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="92"/>
        <source>No scores for this month yet</source>
        <translation>本月还没有成绩</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="94"/>
        <source>The growth diary keeps each person&apos;s QA score, satisfaction and weekly tests month by month, with a growth plan and your evaluation. Import the sheet QA or training sends you, or type a person&apos;s month in.</source>
        <translation>成长日记按月记录每位员工的质检成绩、满意度和周考成绩，以及成长计划和您的评价。可以导入质检或培训发来的成绩表，也可以逐人填写。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="100"/>
        <source>Type in scores…</source>
        <translation>填写成绩…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="103"/>
        <source>Nobody to keep a diary for</source>
        <translation>还没有需要记录成长日记的员工</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="104"/>
        <source>The growth diary lists the agents of a team. Import the roster on the 团队 page first.</source>
        <translation>成长日记列出班组的客户代表。请先在“团队”页导入花名册。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="106"/>
        <source>Go to the roster…</source>
        <translation>去花名册…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="136"/>
        <source>Diary kept: %1 / %2  ·  ↑ improved %3  ·  ↓ slipped %4</source>
        <translation>已记录 %1 / %2 人  ·  ↑ 进步 %3 人  ·  ↓ 下滑 %4 人</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="238"/>
        <source>%1&apos;s %2 saved.</source>
        <translation>已保存 %1 %2 的成长日记。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/growth_page.py" line="241"/>
        <source>Choose the score sheet</source>
        <translation>选择成绩表</translation>
    </message>
</context>
<context>
    <name>GrowthPersonView</name>
    <message>
        <location filename="../../../ui/widgets/growth_person.py" line="43"/>
        <source>◀ Back to the team</source>
        <translation>◀ 返回班组</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/growth_person.py" line="44"/>
        <source>Back to the team&apos;s month (Esc)</source>
        <translation>返回班组本月列表 (Esc)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/growth_person.py" line="138"/>
        <source>QA score</source>
        <translation>质检成绩</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/growth_person.py" line="139"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/growth_person.py" line="140"/>
        <source>Weekly test average</source>
        <translation>周考平均</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/growth_person.py" line="144"/>
        <source>%1: plan and evaluation</source>
        <translation>%1：计划与评价</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../../ui/dialogs/guide_dialog.py" line="18"/>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="15"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="15"/>
        <source>Where</source>
        <translation>所在</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="15"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="15"/>
        <source>What was written</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="19"/>
        <source>Talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="20"/>
        <source>Suggestion</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="21"/>
        <source>Three ones</source>
        <translation>三个一</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="22"/>
        <source>Growth diary</source>
        <translation>成长日记</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="23"/>
        <source>Survey</source>
        <translation>员工调研</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="24"/>
        <source>Care</source>
        <translation>关怀表彰</translation>
    </message>
    <message>
        <location filename="../../../ui/models/hits_model.py" line="25"/>
        <source>Three accounts</source>
        <translation>三个账户</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../../ui/widgets/indicator_cards.py" line="100"/>
        <source>%1: the team&apos;s figure, and its last twelve months. Click to sort by it.</source>
        <translation>%1：班组指标值及近十二个月走势。点击按此指标排序。</translation>
    </message>
</context>
<context>
    <name>IndicatorImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/indicator_import_dialog.py" line="44"/>
        <source>Import the team&apos;s numbers — %1</source>
        <translation>导入班组指标 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/indicator_import_dialog.py" line="45"/>
        <source>Write these numbers in one step</source>
        <translation>一次写入这些指标</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/indicator_import_dialog.py" line="50"/>
        <source>The sheet has no month column; its numbers are for:</source>
        <translation>表中没有月份列，这些指标属于：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/indicator_import_dialog.py" line="57"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/indicator_import_dialog.py" line="81"/>
        <source>Total rows skipped</source>
        <translation>已跳过的合计行</translation>
    </message>
</context>
<context>
    <name>IndicatorModels</name>
    <message>
        <location filename="../../../ui/models/indicator_models.py" line="30"/>
        <source>No target set</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <location filename="../../../ui/models/indicator_models.py" line="31"/>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/indicator_models.py" line="104"/>
        <source>better</source>
        <translation>变好</translation>
    </message>
    <message>
        <location filename="../../../ui/models/indicator_models.py" line="105"/>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../../../ui/models/indicator_models.py" line="106"/>
        <source>the same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../../ui/models/indicator_models.py" line="109"/>
        <source>Against their own last three weeks: %1 (%2)</source>
        <translation>较本人前三周平均：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/models/indicator_models.py" line="111"/>
        <source>Against their own last three months: %1 (%2)</source>
        <translation>较本人前三个月平均：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/models/indicator_models.py" line="121"/>
        <source>Team: %1</source>
        <translation>班组：%1</translation>
    </message>
</context>
<context>
    <name>IndicatorPersonView</name>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="91"/>
        <source>◀ Back to the team</source>
        <translation>◀ 返回班组</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="92"/>
        <source>Back to the team&apos;s numbers (Esc)</source>
        <translation>返回班组指标（Esc）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="98"/>
        <source>The indicator the chart shows</source>
        <translation>图表显示的指标</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="103"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="106"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="107"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="110"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="111"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="127"/>
        <source>Days of %1</source>
        <translation>%1逐日</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="151"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="152"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/indicator_person.py" line="161"/>
        <source>%1-%2 (%3)</source>
        <translation>%1月%2日 (%3)</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="55"/>
        <source>The team&apos;s numbers</source>
        <translation>班组指标</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="66"/>
        <source>Whose numbers: a team, or the whole center</source>
        <translation>看哪个班组：某一班组或整个中心</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="71"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="71"/>
        <source>The month&apos;s numbers</source>
        <translation>按月查看指标</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="72"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="72"/>
        <source>The week&apos;s numbers, from the daily rows</source>
        <translation>按周查看指标（由每日数据汇总）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="85"/>
        <source>Weekly report…</source>
        <translation>周通报…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="86"/>
        <location filename="../../../ui/pages/indicators_page.py" line="194"/>
        <source>Rank the team&apos;s agents for the week against the targets, as a workbook</source>
        <translation>把本周坐席指标对照目标排名，生成 Excel 周通报</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="89"/>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="90"/>
        <source>Type the team&apos;s targets for the month</source>
        <translation>填写本班组本月的指标目标</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="94"/>
        <source>Import targets from a sheet…</source>
        <translation>从表格导入目标…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="96"/>
        <location filename="../../../ui/pages/indicators_page.py" line="146"/>
        <source>Import numbers…</source>
        <translation>导入指标…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="99"/>
        <source>Import an ACD or QA export (Excel or CSV); you can also drop files on the window</source>
        <translation>导入话务系统或质检系统导出的表格（Excel 或 CSV），也可以把文件拖到窗口上</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="139"/>
        <source>No numbers for this period yet</source>
        <translation>这段时间还没有指标数据</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="141"/>
        <source>Import the daily or monthly exports of the call-center and QA systems: each agent&apos;s calls, satisfaction, resolution, handle time and QA score, against the team&apos;s targets. Drop the files on the window or choose them here.</source>
        <translation>导入话务系统和质检系统的日报或月报：每位坐席的接通量、满意度、一次解决率、处理时长和质检得分，对照班组目标查看。把文件拖到窗口上，或在这里选择文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="148"/>
        <source>Nobody to show numbers for</source>
        <translation>没有可显示指标的人员</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="149"/>
        <source>The numbers are shown for the agents of a team. Import the roster on the 团队 page first.</source>
        <translation>指标按班组坐席显示。请先在“团队”页导入花名册。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="151"/>
        <source>Go to the roster…</source>
        <translation>去花名册…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="196"/>
        <source>Choose a team first: the weekly report is a team&apos;s</source>
        <translation>请先选择班组：周通报按班组生成</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="217"/>
        <source>%1 of %2 agents with numbers  ·  team on target in %3 of %4 indicators with a target  ·  %5</source>
        <translation>%2 名坐席中 %1 名有数据  ·  设有目标的 %4 项指标中班组达标 %3 项  ·  %5</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="224"/>
        <source>green meets the target, red misses it; ↑↓ against their own last three weeks</source>
        <translation>绿色达标，红色未达标；↑↓ 较本人前三周平均</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="226"/>
        <source>green meets the target, red misses it; ↑↓ against their own last three months</source>
        <translation>绿色达标，红色未达标；↑↓ 较本人前三个月平均</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="295"/>
        <source>Choose the exports to import</source>
        <translation>选择要导入的指标表</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="312"/>
        <source>Targets saved.</source>
        <translation>目标已保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="317"/>
        <source>Choose the sheet of targets</source>
        <translation>选择目标表</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="334"/>
        <source>Save the weekly report</source>
        <translation>保存周通报</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="337"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/indicators_page.py" line="349"/>
        <source>Weekly report saved: %1</source>
        <translation>周通报已保存：%1</translation>
    </message>
</context>
<context>
    <name>ItemResultsModel</name>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="74"/>
        <source>Item</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="75"/>
        <source>Wording</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="76"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="77"/>
        <location filename="../../../ui/models/survey_models.py" line="86"/>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="78"/>
        <source>Since last round</source>
        <translation>较上轮</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="79"/>
        <source>Scores 1–5</source>
        <translation>1–5 分分布</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="80"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="86"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="106"/>
        <source>%1 points: %2</source>
        <translation>%1 分：%2 人</translation>
    </message>
</context>
<context>
    <name>LeadersModel</name>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="69"/>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="71"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="72"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="73"/>
        <source>Calls listened</source>
        <translation>倾听来电</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="74"/>
        <source>Suggestion</source>
        <translation>服务改善建议</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="75"/>
        <source>Grassroots problem</source>
        <translation>基层问题</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="76"/>
        <source>Industry problem</source>
        <translation>行业问题</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="77"/>
        <source>All three ones</source>
        <translation>三个一</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="87"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="87"/>
        <source>Missing</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="92"/>
        <source>%1/%2, %3 complaint</source>
        <translation>%1/%2，投诉 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="107"/>
        <source>✓ All done</source>
        <translation>✓ 全部完成</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="107"/>
        <source>%1 missing</source>
        <translation>缺 %1 项</translation>
    </message>
</context>
<context>
    <name>ListenedCallDialog</name>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="37"/>
        <source>Log a call</source>
        <translation>记一通来电</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="37"/>
        <source>A call listened to</source>
        <translation>听音记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="50"/>
        <source>Recording number or the caller&apos;s number</source>
        <translation>录音流水号或来电号码</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="59"/>
        <source>Points the call lost on the score sheet</source>
        <translation>这通来电在评分表上扣的分</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="65"/>
        <source>What the agent did well</source>
        <translation>坐席做得好的地方</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="66"/>
        <source>What to do better, and how</source>
        <translation>哪里可以做得更好，怎么做</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="69"/>
        <source>Listened on:</source>
        <translation>听音日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="70"/>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="71"/>
        <source>Call ID or number:</source>
        <translation>录音编号或号码：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="72"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="73"/>
        <source>Points lost:</source>
        <translation>扣分：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="74"/>
        <source>Highlights:</source>
        <translation>亮点：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="75"/>
        <source>Advice:</source>
        <translation>改进建议：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/listened_call_dialog.py" line="89"/>
        <source>Choose the agent whose call this was.</source>
        <translation>请选择这通来电的坐席。</translation>
    </message>
</context>
<context>
    <name>ListenedCallsModel</name>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="30"/>
        <source>Listened on</source>
        <translation>听音日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="31"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="32"/>
        <source>Call ID or number</source>
        <translation>录音编号或号码</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="33"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="34"/>
        <source>Points lost</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="35"/>
        <source>Highlights</source>
        <translation>亮点</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="36"/>
        <source>Advice</source>
        <translation>改进建议</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="23"/>
        <source>Log in to the center&apos;s database</source>
        <translation>登录中心数据库</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="26"/>
        <source>e.g. 10.20.0.5 or db.center.local</source>
        <translation>例如 10.20.0.5 或 db.center.local</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="40"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="41"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="42"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="43"/>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="44"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="46"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="49"/>
        <source>Your administrator gives you your login. The password is not saved on this PC.</source>
        <translation>登录名由中心的管理员分配。密码不会保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/login_dialog.py" line="73"/>
        <source>Fill in the server, the database, your login and your password.</source>
        <translation>请填写服务器、数据库、登录名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/main_window.py" line="76"/>
        <location filename="../../../ui/app.py" line="29"/>
        <source>Team Leader&apos;s Workbench</source>
        <translation>班组长工作台</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="83"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="118"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="249"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="251"/>
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="253"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="254"/>
        <source>&amp;Connect to the center&apos;s database…</source>
        <translation>连接中心数据库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="257"/>
        <source>&amp;Import roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="259"/>
        <source>Import talk &amp;ledger…</source>
        <translation>导入谈话台账(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="262"/>
        <source>&amp;Export the monthly review…</source>
        <translation>导出月度复盘(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="264"/>
        <source>&amp;Combine the teams&apos; reviews…</source>
        <translation>汇总各班组复盘(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="265"/>
        <source>The b&amp;in…</source>
        <translation>回收站(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="266"/>
        <source>&amp;Backups…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="268"/>
        <source>Checklist &amp;templates…</source>
        <translation>工作清单模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="271"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="272"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="274"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="276"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="280"/>
        <source>Search &amp;everything…</source>
        <translation>搜索全部(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="282"/>
        <source>Search talks, suggestions, diaries, surveys and care (Ctrl+Shift+F)</source>
        <translation>搜索谈话、建议、成长日记、调研和关怀记录（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="286"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="298"/>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="302"/>
        <source>&amp;About the workbench</source>
        <translation>关于工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="436"/>
        <source>About the workbench</source>
        <translation>关于工作台</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="438"/>
        <source>Team Leader&apos;s Workbench %1
Checklists, liaison talks and monthly reviews, kept on this PC.</source>
        <translation>班组长工作台 %1
工作清单、谈心谈话与月度复盘，数据只保存在本机。</translation>
    </message>
</context>
<context>
    <name>MonthSwitcher</name>
    <message>
        <location filename="../../../ui/widgets/month_switcher.py" line="57"/>
        <source>Previous month (Alt+Left)</source>
        <translation>上个月（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/month_switcher.py" line="57"/>
        <source>Next month (Alt+Right)</source>
        <translation>下个月（Alt+→）</translation>
    </message>
</context>
<context>
    <name>OccurrenceDetail</name>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="32"/>
        <source>Where the deliverable is, e.g. posted on the notice board</source>
        <translation>产出物在哪里，例如：已贴公告栏</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="34"/>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="35"/>
        <source>Skip this duty this time, with a reason</source>
        <translation>本次跳过这项工作，并写明原因</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="57"/>
        <source>Requirement:</source>
        <translation>具体要求：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="58"/>
        <source>Deliverable:</source>
        <translation>产出物：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="59"/>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="67"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="38"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="51"/>
        <source>%1 – %2, due %3</source>
        <translation>%1 – %2，%3 截止</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="64"/>
        <source> on %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/occurrence_detail.py" line="66"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
</context>
<context>
    <name>OverdueBar</name>
    <message>
        <location filename="../../../ui/widgets/overdue_bar.py" line="17"/>
        <source>Skip all…</source>
        <translation>全部跳过…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/overdue_bar.py" line="18"/>
        <source>Skip every duty still open from earlier periods, with one reason</source>
        <translation>跳过之前周期所有仍未完成的工作，写一个原因即可</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/overdue_bar.py" line="28"/>
        <source>%n duty(ies) from earlier periods can still be done. Tick what you catch up on; skip what is no longer needed.</source>
        <translation>
            <numerusform>之前周期还有 %n 项工作可以补做：补做了就勾上，不再需要的就跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../../ui/pages/page.py" line="51"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../ui/pages/registry.py" line="43"/>
        <source>Checklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="51"/>
        <source>Attention</source>
        <translation>关注名单</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="58"/>
        <source>Talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="68"/>
        <source>Numbers</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="75"/>
        <source>Performance</source>
        <translation>绩效沟通</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="84"/>
        <source>Three ones</source>
        <translation>三个一</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="92"/>
        <source>Quality</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="107"/>
        <source>Growth</source>
        <translation>成长日记</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="115"/>
        <source>Surveys</source>
        <translation>员工调研</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="124"/>
        <source>Care</source>
        <translation>关怀表彰</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/registry.py" line="132"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>PairingsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="64"/>
        <source>Pairings of %1</source>
        <translation>%1 的结对关系</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="71"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="72"/>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="73"/>
        <source>Set by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="87"/>
        <source>Type a name or ID…</source>
        <translation>输入姓名或工号…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="92"/>
        <source>Pair</source>
        <translation>结对</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="95"/>
        <source>Pair by hand:</source>
        <translation>手动结对：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="97"/>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="102"/>
        <source>End the selected pairing</source>
        <translation>结束所选结对</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="108"/>
        <source>last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="143"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="144"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="144"/>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pairings_dialog.py" line="173"/>
        <source>Set by the roster: it changes when the team does.</source>
        <translation>按花名册自动结对：班组变动时自动调整。</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="44"/>
        <source>Improving</source>
        <translation>改善中</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="45"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="46"/>
        <source>Checked again</source>
        <translation>已复查</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="52"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="53"/>
        <source>Move this follow-up to the bin (Ctrl+Z puts it back)</source>
        <translation>把这条跟进事项移到回收站（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="58"/>
        <source>What the employee was answered; Enter records it</source>
        <translation>答复员工的内容，按 Enter 记录</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="60"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="61"/>
        <source>Record the answer to this employee request and when it was given</source>
        <translation>记录对这条员工诉求的答复内容和答复时间</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="74"/>
        <source>Open follow-ups:</source>
        <translation>未结跟进事项：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="78"/>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="91"/>
        <source>Answered: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="111"/>
        <source>%1, not yet answered</source>
        <translation>%1，未答复</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="113"/>
        <source>%1, answered %2</source>
        <translation>%1，已答复 %2</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="147"/>
        <source>Change this talk record…</source>
        <translation>修改这条谈话记录…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/person_panel.py" line="148"/>
        <source>Remove this talk record</source>
        <translation>删除这条谈话记录</translation>
    </message>
</context>
<context>
    <name>PriorityMatrixChart</name>
    <message>
        <location filename="../../../ui/widgets/survey_matrix.py" line="28"/>
        <source>Priority matrix</source>
        <translation>优先改进矩阵</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="59"/>
        <location filename="../../../ui/pages/quality_page.py" line="348"/>
        <source>Quality</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="69"/>
        <source>Whose listening log</source>
        <translation>谁的听音记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="72"/>
        <source>The quarter, this one or an earlier one</source>
        <translation>季度：本季度或更早的季度</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="74"/>
        <source>Log a call…</source>
        <translation>记一通…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="76"/>
        <source>Log a call you listened to (Ctrl+N)</source>
        <translation>记下一通听过的来电（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="89"/>
        <source>Double-click or Enter: change this call; Delete: remove it</source>
        <translation>双击或按回车：修改这通来电；Delete：删除</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="104"/>
        <source>No calls logged this quarter</source>
        <translation>本季度还没有听音记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="106"/>
        <source>Log each call you listen to: whose it was, its kind, the points it lost and your advice. The three ones count their ten calls from here.</source>
        <translation>每听一通来电就记一笔：哪位坐席、什么类型、扣了几分、给了什么建议。“三个一”的十通来电从这里计数。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="110"/>
        <source>Log the first call…</source>
        <translation>记第一通…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="123"/>
        <location filename="../../../ui/pages/quality_page.py" line="155"/>
        <source>New session…</source>
        <translation>新建校准会…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="124"/>
        <source>A new calibration session, from a score sheet or typed here</source>
        <translation>新建一次校准会：导入评分表，或在这里录入</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="126"/>
        <location filename="../../../ui/pages/quality_page.py" line="382"/>
        <source>Delete session</source>
        <translation>删除校准会</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="136"/>
        <source>Each evaluator&apos;s mean distance from the agreed score, session by session</source>
        <translation>每位评分人与共识分的平均差距，逐次校准会</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="142"/>
        <source>Deviation from the agreed score over sessions</source>
        <translation>历次校准会与共识分的偏差</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="149"/>
        <source>No calibration sessions yet</source>
        <translation>还没有质量校准会</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="151"/>
        <source>Once a month QA staff, leaders and agents score the same calls, agree on the right score and note the standards clarified. Import the score sheet or type the scores here.</source>
        <translation>每月质检、组长和坐席对同样的来电打分，商定共识分，并记下明确的标准。可以导入评分表，也可以在这里录入分数。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="167"/>
        <source>Listening log</source>
        <translation>听音记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="168"/>
        <source>Calibration</source>
        <translation>校准会</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="170"/>
        <source>Whose listening log is this?</source>
        <translation>这是谁的听音记录？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="171"/>
        <source>Pick yourself on the 工作清单 page first, or import a roster with team leaders.</source>
        <translation>请先在“工作清单”页选择您自己，或导入含组长的花名册。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="198"/>
        <source>%1: %2 calls listened to, %3 of them complaints. Toward the three ones: %2/%4%5</source>
        <translation>%1：已听 %2 通来电，其中投诉 %3 通。计入“三个一”：%2/%4%5</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="203"/>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="203"/>
        <source> (at least one complaint recording)</source>
        <translation>（至少一通投诉录音）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="220"/>
        <source>Mean of all evaluators</source>
        <translation>全体评分人平均</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="223"/>
        <source>The trend shows from the second session on.</source>
        <translation>第二次校准会后显示趋势。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="227"/>
        <source>The spread is narrowing: %1 → %2 points per call</source>
        <translation>评分差异在缩小：每通来电极差 %1 → %2 分</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="228"/>
        <source>The spread is not narrowing: %1 → %2 points per call</source>
        <translation>评分差异没有缩小：每通来电极差 %1 → %2 分</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="306"/>
        <source>Call of %1 on %2 saved.</source>
        <translation>已保存 %1 在 %2 的来电。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="328"/>
        <source>Remove the call of %1</source>
        <translation>删除 %1 的来电</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="334"/>
        <source>Call removed. Ctrl+Z puts it back.</source>
        <translation>已删除这通来电。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="356"/>
        <source>Session “%1” saved.</source>
        <translation>校准会“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="371"/>
        <source>Session saved.</source>
        <translation>校准会已保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="383"/>
        <source>Delete the session “%1” of %2 with all its scores?</source>
        <translation>删除 %2 的校准会“%1”及其全部评分？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="400"/>
        <source>Delete session “%1”</source>
        <translation>删除校准会“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/quality_page.py" line="403"/>
        <source>Session deleted. Ctrl+Z puts it back.</source>
        <translation>已删除校准会。按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>RaiseAppealDialog</name>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="61"/>
        <source>Raise an appeal: %1, %2</source>
        <translation>发起复议：%1，%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="66"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="69"/>
        <source>The month&apos;s figure</source>
        <translation>整月数据</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="79"/>
        <source>or the day</source>
        <translation>或某一天</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="83"/>
        <source>Blank: the figure as imported</source>
        <translation>留空：按导入的数据</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="86"/>
        <source>Why the figure is wrong: the call, the case, what was missed</source>
        <translation>为什么认为数据有误：哪通电话、哪个工单、漏算了什么</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="89"/>
        <source>The QA evaluator whose score is disputed</source>
        <translation>给出争议分数的质检员</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="91"/>
        <source>The manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="97"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="98"/>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="99"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="100"/>
        <source>Disputed figure:</source>
        <translation>争议数值：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="101"/>
        <source>Why:</source>
        <translation>复议理由：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="102"/>
        <source>QA evaluator:</source>
        <translation>质检员：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="103"/>
        <source>Routed to:</source>
        <translation>受理人：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/appeal_dialog.py" line="131"/>
        <source>The disputed figure is not a number.</source>
        <translation>争议数值不是数字。</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../../ui/widgets/reminder_banner.py" line="34"/>
        <source>Hide until tomorrow</source>
        <translation>今天不再提示</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/reminder_banner.py" line="43"/>
        <source>Show the workbench</source>
        <translation>显示工作台</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/reminder_banner.py" line="44"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="64"/>
        <source>%n duty(ies) due today</source>
        <translation>
            <numerusform>今天到期 %n 项工作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="66"/>
        <source>%n duty(ies) overdue</source>
        <translation>
            <numerusform>已逾期 %n 项工作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="68"/>
        <source>%n people not yet talked with this month</source>
        <translation>
            <numerusform>本月还有 %n 人未谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="69"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/reminder_banner.py" line="70"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="72"/>
        <source>%n follow-up(s) past due</source>
        <translation>
            <numerusform>%n 条跟进已过截止日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="74"/>
        <source>%n employee request(s) unanswered after 24 hours</source>
        <translation>
            <numerusform>%n 条员工诉求超过 24 小时未答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="77"/>
        <source>%n appeal(s) past the reply limit</source>
        <translation>
            <numerusform>%n 条复议超过答复时限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/reminder_banner.py" line="80"/>
        <source>Today:</source>
        <translation>今天：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/reminder_banner.py" line="88"/>
        <source>Team Leader&apos;s Workbench</source>
        <translation>班组长工作台</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="36"/>
        <source>Combine the teams&apos; monthly reviews</source>
        <translation>汇总各班组月度复盘</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="39"/>
        <source>Add workbooks…</source>
        <translation>添加工作簿…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="41"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="48"/>
        <source>The combined workbook…</source>
        <translation>汇总后的工作簿…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="49"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="52"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="55"/>
        <source>Add the workbooks the team leaders sent for one month.</source>
        <translation>添加各班组长报送的同一个月的复盘工作簿。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="57"/>
        <source>Combine</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="78"/>
        <source>center_monthly_review.xlsx</source>
        <translation>中心月度复盘汇总.xlsx</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="87"/>
        <source>Choose the monthly review workbooks</source>
        <translation>选择月度复盘工作簿</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="89"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="94"/>
        <source>Save the roll-up</source>
        <translation>保存汇总</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="101"/>
        <source>Add the workbooks and choose where to save the roll-up.</source>
        <translation>请添加工作簿并选择汇总文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/rollup_dialog.py" line="104"/>
        <source>The roll-up cannot replace one of the workbooks it combines.</source>
        <translation>汇总文件不能覆盖要汇总的工作簿。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="47"/>
        <source>Import roster — %1</source>
        <translation>导入花名册 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="48"/>
        <source>Write these changes to the roster in one step</source>
        <translation>一次性把这些变化写入花名册</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="51"/>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="64"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="52"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="55"/>
        <source>Mark as left</source>
        <translation>标记离职</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="59"/>
        <source>A new person</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="63"/>
        <source>Like</source>
        <translation>相似的员工</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="98"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="99"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="100"/>
        <source>Marked as left</source>
        <translation>标记离职</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="101"/>
        <source>Not in the file</source>
        <translation>不在文件中</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="102"/>
        <source>Same person?</source>
        <translation>同一人？</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="108"/>
        <source>New teams: %1.</source>
        <translation>新班组：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="111"/>
        <source>%n active employee(s) of these teams are not in the file. They stay as they are unless you tick them.</source>
        <translation>
            <numerusform>这些班组中有 %n 名在职员工不在文件中。除非勾选，否则保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="40"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="46"/>
        <source>Search ID, name, phone, team…</source>
        <translation>搜索工号、姓名、电话、班组…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="47"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="59"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="65"/>
        <location filename="../../../ui/pages/roster_page.py" line="130"/>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="66"/>
        <source>Load or update the roster from HR&apos;s Excel sheet (Ctrl+I)</source>
        <translation>从 HR 提供的 Excel 表导入或更新花名册（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="68"/>
        <source>Add employee…</source>
        <translation>新增员工…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="123"/>
        <source>No roster yet</source>
        <translation>还没有花名册</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="126"/>
        <source>Start from the Excel roster HR gave you: the workbench finds the header row, reads Chinese or English column names and shows what it will change before it saves anything.</source>
        <translation>从 HR 给的 Excel 花名册开始：工作台会自动找到表头，识别中文或英文列名，并在保存前先列出将要做的改动。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="164"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/roster_page.py" line="187"/>
        <source>%n people shown</source>
        <translation>
            <numerusform>显示 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="187"/>
        <source> · %1 active of %2 in the roster</source>
        <translation> · 花名册共 %2 人，在职 %1 人</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="229"/>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/roster_page.py" line="238"/>
        <source>Choose the roster workbook</source>
        <translation>选择花名册工作簿</translation>
    </message>
</context>
<context>
    <name>RosterStep</name>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="44"/>
        <source>1. Your team&apos;s roster</source>
        <translation>1. 团队花名册</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="47"/>
        <source>Start from the Excel roster HR gave you: the workbench finds the header row and shows what it will bring in before it saves anything. You can also do this later on the 团队 page.</source>
        <translation>从 HR 给的 Excel 花名册开始：工作台会自动找到表头，保存前先列出要导入的内容。也可以稍后在“团队”页导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="51"/>
        <source>Choose the roster workbook…</source>
        <translation>选择花名册工作簿…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="54"/>
        <source>No roster at hand? Save a template to fill in…</source>
        <translation>手头没有花名册？保存一份模板来填写…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="55"/>
        <source>An Excel roster with the columns the import reads and two examples</source>
        <translation>一份 Excel 花名册模板：列名可直接导入，附两行示例</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="66"/>
        <source>roster template.xlsx</source>
        <translation>花名册模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="68"/>
        <source>Save the roster template</source>
        <translation>保存花名册模板</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="68"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="79"/>
        <source>Template saved as %1. Fill it in, save it, then choose it above.</source>
        <translation>模板已保存为 %1。填好并保存后，在上方选择它导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="83"/>
        <source>Choose the roster workbook</source>
        <translation>选择花名册工作簿</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="43"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="44"/>
        <source>Round</source>
        <translation>调研</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="45"/>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="46"/>
        <source>Team</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="47"/>
        <location filename="../../../ui/models/survey_models.py" line="59"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../../ui/models/survey_models.py" line="48"/>
        <source>Responses</source>
        <translation>回答数</translation>
    </message>
</context>
<context>
    <name>SaveWorkbook</name>
    <message>
        <location filename="../../../ui/widgets/save_workbook.py" line="18"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../../ui/dialogs/saving_dialog.py" line="50"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/saving_dialog.py" line="151"/>
        <source>This is what is stored now. What you had typed is on the clipboard (Ctrl+V).</source>
        <translation>这是现在保存的内容。您刚才输入的内容已复制到剪贴板（按 Ctrl+V 粘贴）。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/saving_dialog.py" line="155"/>
        <source>This is what is stored now.</source>
        <translation>这是现在保存的内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/saving_dialog.py" line="168"/>
        <source>Discard what you have typed?</source>
        <translation>放弃已输入的内容吗？</translation>
    </message>
</context>
<context>
    <name>ScoreImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/score_import_dialog.py" line="39"/>
        <source>Import scores — %1</source>
        <translation>导入成绩 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/score_import_dialog.py" line="40"/>
        <source>Write these scores into the growth diary in one step</source>
        <translation>一次性把这些成绩写入成长日记</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/score_import_dialog.py" line="43"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/score_import_dialog.py" line="43"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/score_import_dialog.py" line="43"/>
        <source>Scores</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/score_import_dialog.py" line="68"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/score_import_dialog.py" line="69"/>
        <source>Changed</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../../ui/dialogs/search_dialog.py" line="30"/>
        <source>Search everything</source>
        <translation>搜索全部</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/search_dialog.py" line="32"/>
        <source>Words from talks, suggestions, diaries, surveys, care…</source>
        <translation>输入谈话、建议、成长日记、调研、关怀中的词语…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/search_dialog.py" line="79"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>找到 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/search_dialog.py" line="81"/>
        <source>Nothing found for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="51"/>
        <source>Type each evaluator&apos;s score and the agreed score; a score %1 or more from the agreed one is red</source>
        <translation>录入每位评分人的分数和共识分；与共识分相差 %1 分及以上的显示为红色</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="57"/>
        <source>Evaluator</source>
        <translation>评分人</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="57"/>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="57"/>
        <source>Leaning</source>
        <translation>倾向</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="63"/>
        <source>Minutes: the standards clarified in this session</source>
        <translation>会议纪要：本次校准明确的标准</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="69"/>
        <source>Save session</source>
        <translation>保存校准会</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="73"/>
        <source>Minutes (standards clarified):</source>
        <translation>会议纪要（明确的标准）：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="96"/>
        <source>%1 %2, organized by %3. Mean spread %4, mean deviation %5</source>
        <translation>%1 %2，组织人：%3。平均极差 %4，平均偏差 %5</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="108"/>
        <location filename="../../../ui/widgets/calibration_session.py" line="169"/>
        <source>Agreed</source>
        <translation>共识分</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="108"/>
        <source>Spread</source>
        <translation>极差</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="142"/>
        <source>scores high</source>
        <translation>打分偏高</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="142"/>
        <source>scores low</source>
        <translation>打分偏低</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/calibration_session.py" line="182"/>
        <source>Call %1, %2: “%3” is not a score</source>
        <translation>来电 %1，%2：“%3”不是分数</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="63"/>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="63"/>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="63"/>
        <source>Calls</source>
        <translation>来电数</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="63"/>
        <source>Evaluators</source>
        <translation>评分人数</translation>
    </message>
    <message>
        <location filename="../../../ui/models/quality_models.py" line="63"/>
        <source>Mean spread</source>
        <translation>平均极差</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="64"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="133"/>
        <source>On the center&apos;s database your login says who you are.</source>
        <translation>在中心数据库里，您是谁由登录名决定。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="73"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="74"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="82"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="91"/>
        <source>Open another…</source>
        <translation>打开其他…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="91"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="99"/>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>The database, its backups and the logs, for example to a drive that is backed up.</source>
        <translation>数据库、备份和日志一起移动，例如移到有备份的磁盘上。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="108"/>
        <source>I am:</source>
        <translation>我是：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="109"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="110"/>
        <source>A new language shows from the next start.</source>
        <translation>新的语言在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="111"/>
        <source>Keep daily backups for:</source>
        <translation>每日备份保留：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="112"/>
        <source>Keep monthly backups for:</source>
        <translation>每月备份保留：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="113"/>
        <source>Export to:</source>
        <translation>导出到：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="114"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="116"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/settings_dialog.py" line="155"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="37"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="76"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="83"/>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="294"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="84"/>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="91"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="85"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="86"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="92"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="93"/>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="99"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="179"/>
        <source>%1 · sheet “%2” · header in row %3</source>
        <translation>%1 · 工作表“%2” · 表头在第 %3 行</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="187"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="192"/>
        <source>%1 has %n problem(s); nothing will be imported. Correct the sheet and import it again.</source>
        <translation>%1 有 %n 处问题，不会导入任何内容。请修改表格后重新导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="216"/>
        <source>Second %1 column, not read</source>
        <translation>第二个“%1”列，未读取</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="223"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="229"/>
        <source>Hidden sheets, not read: %1</source>
        <translation>隐藏的工作表未读取：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="234"/>
        <source>Not read</source>
        <translation>不读取</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="300"/>
        <source>To record</source>
        <translation>将导入</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/sheet_import_dialog.py" line="301"/>
        <source>Imported before</source>
        <translation>以前已导入</translation>
    </message>
</context>
<context>
    <name>SuggestionBoard</name>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="52"/>
        <source>Whose suggestions: a team&apos;s people, or the whole center</source>
        <translation>看谁的建议：某个班组，或全中心</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="54"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="58"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="66"/>
        <source>Add a suggestion…</source>
        <translation>提建议…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="80"/>
        <source>Show only these (click again for all)</source>
        <translation>只看这一状态（再点一次看全部）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="121"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="122"/>
        <source>Edit the suggestion (Enter)</source>
        <translation>修改这条建议（Enter）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="124"/>
        <source>Change status…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="125"/>
        <source>Move it on, decline it with a reason, or reopen it</source>
        <translation>推进状态、说明原因后不采纳，或重新打开</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="127"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="128"/>
        <source>Move it to the bin (Delete); Ctrl+Z puts it back</source>
        <translation>移到回收站（Delete），Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="138"/>
        <source>History:</source>
        <translation>状态变化：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="162"/>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="166"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="194"/>
        <source>%1 suggestion(s) shown</source>
        <translation>共 %1 条建议</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="226"/>
        <source>No suggestion selected</source>
        <translation>未选择建议</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="232"/>
        <source>Made by %1 on %2</source>
        <translation>%1 于 %2 提出</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="235"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/suggestion_board.py" line="238"/>
        <source>Reason declined: %1</source>
        <translation>不采纳原因：%1</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="45"/>
        <source>New improvement suggestion</source>
        <translation>新的改进建议</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="45"/>
        <source>Edit the suggestion</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="52"/>
        <source>What should change, in one line</source>
        <translation>一句话写明要改进什么</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="55"/>
        <source>What you heard or found, and what you suggest</source>
        <translation>听到或发现了什么，建议怎么做</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="59"/>
        <source>The person or group who carries it out</source>
        <translation>负责推进落实的人或小组</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="62"/>
        <source>A quarter&apos;s suggestion may be handed in just after the quarter ends</source>
        <translation>季度建议可以在季度结束后补交</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="68"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="69"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="70"/>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="71"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="72"/>
        <source>Made on:</source>
        <translation>提出日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_dialog.py" line="73"/>
        <source>Quarter:</source>
        <translation>所属季度：</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="31"/>
        <source>Made on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="33"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="34"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="35"/>
        <source>Made by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="36"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="37"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="38"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../../ui/models/three_ones_models.py" line="39"/>
        <source>Implemented on / reason declined</source>
        <translation>落实日期 / 不采纳原因</translation>
    </message>
</context>
<context>
    <name>SuggestionStatusDialog</name>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="41"/>
        <source>Change the status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="69"/>
        <source>%1 — now %2</source>
        <translation>%1 —— 当前状态：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="53"/>
        <source>New status:</source>
        <translation>新状态：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="54"/>
        <source>Implemented on:</source>
        <translation>落实日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="55"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="87"/>
        <source>Declining needs a reason: it is kept with the suggestion.</source>
        <translation>不采纳需要写明原因，原因会随建议保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="88"/>
        <source>Why it is declined (required)</source>
        <translation>不采纳的原因（必填）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="90"/>
        <source>Reopening needs a reason: it is kept in the history.</source>
        <translation>重新打开需要写明原因，会记入状态变化。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="91"/>
        <source>Why it is reopened (required)</source>
        <translation>重新打开的原因（必填）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/suggestion_status_dialog.py" line="94"/>
        <source>What was decided or done (optional)</source>
        <translation>做了什么决定或进展（选填）</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/survey_import_dialog.py" line="29"/>
        <source>Import responses to “%2” — %1</source>
        <translation>导入“%2”的问卷结果 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_import_dialog.py" line="30"/>
        <source>Record these responses in one step</source>
        <translation>一次性保存这些回答</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_import_dialog.py" line="34"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_import_dialog.py" line="34"/>
        <source>Items answered</source>
        <translation>答题数</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_import_dialog.py" line="34"/>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
</context>
<context>
    <name>SurveyResponseDialog</name>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="40"/>
        <source>Enter responses — %1</source>
        <translation>录入问卷 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="46"/>
        <source>Anonymous round: nobody&apos;s name is asked for or kept.</source>
        <translation>匿名调研：不询问、也不保存回答人。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="49"/>
        <source>(team not given)</source>
        <translation>（未填班组）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="52"/>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="62"/>
        <source>Who answered:</source>
        <translation>回答人：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="65"/>
        <source>Scores:</source>
        <translation>分数：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="67"/>
        <source>Importance:</source>
        <translation>重要性：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="67"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="72"/>
        <source>%1 digits from 1 to 5, one per item</source>
        <translation>%1 个 1–5 的数字，每题一个</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="83"/>
        <source>Save and next</source>
        <translation>保存并录下一份</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="85"/>
        <source>Save this response and clear the form (Enter)</source>
        <translation>保存这份回答并清空表单（Enter）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="152"/>
        <source>%n response(s) saved</source>
        <translation>
            <numerusform>已保存 %n 份回答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyRoundDialog</name>
    <message>
        <location filename="../../../ui/dialogs/survey_round_dialog.py" line="34"/>
        <source>New survey round</source>
        <translation>新建调研</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_round_dialog.py" line="43"/>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_round_dialog.py" line="49"/>
        <source>Anonymous: do not record who answered</source>
        <translation>匿名：不记录回答人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_round_dialog.py" line="50"/>
        <source>Results are then shown only from three responses up.</source>
        <translation>匿名调研满 3 份回答才显示结果。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_round_dialog.py" line="58"/>
        <source>Questionnaire:</source>
        <translation>问卷：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_round_dialog.py" line="59"/>
        <source>Date:</source>
        <translation>调研日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_round_dialog.py" line="60"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_round_dialog.py" line="61"/>
        <source>Whose people:</source>
        <translation>调研对象：</translation>
    </message>
</context>
<context>
    <name>SurveyTemplateDialog</name>
    <message>
        <location filename="../../../ui/dialogs/survey_template_dialog.py" line="30"/>
        <source>Edit questionnaires</source>
        <translation>编辑问卷题目</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_template_dialog.py" line="35"/>
        <source>Item</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_template_dialog.py" line="35"/>
        <source>Wording</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/survey_template_dialog.py" line="52"/>
        <source>Double-click or press F2 to reword an item (at most %1 characters).</source>
        <translation>双击或按 F2 修改题目（最多 %1 个字）。</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="52"/>
        <source>Surveys</source>
        <translation>调研</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="62"/>
        <source>Whose results: a team or the whole center</source>
        <translation>看哪里的结果：一个班组或全中心</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="65"/>
        <location filename="../../../ui/pages/surveys_page.py" line="136"/>
        <source>New round…</source>
        <translation>新建调研…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="67"/>
        <source>Start a Q12 or six-driver survey round (Ctrl+N)</source>
        <translation>开始一轮 Q12 或满意度六要素调研（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="70"/>
        <source>Enter responses…</source>
        <translation>录入问卷…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="71"/>
        <source>Type in the chosen round&apos;s questionnaires, one digit per item</source>
        <translation>录入所选调研的纸质问卷，每题一个数字</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="74"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="77"/>
        <source>Import responses…</source>
        <translation>导入问卷结果…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="78"/>
        <source>Edit questionnaires…</source>
        <translation>编辑问卷题目…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="130"/>
        <source>No survey rounds yet</source>
        <translation>还没有调研</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="132"/>
        <source>Run a Q12 engagement survey or a six-driver satisfaction survey each half-year: start a round, then type in or import the answers.</source>
        <translation>每半年做一次 Q12 敬业度调研或满意度六要素调研：先新建一轮调研，再录入或导入问卷结果。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="152"/>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="213"/>
        <source> · anonymous</source>
        <translation> · 匿名</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="95"/>
        <source>Fewer than three anonymous responses here: results are not shown, so nobody&apos;s answers can be told.</source>
        <translation>这里的匿名回答不足 3 份：不显示结果，以免能看出是谁的回答。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="233"/>
        <source>Responses %1 / %2</source>
        <translation>回答 %1 / %2 人</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="238"/>
        <source>Average %1</source>
        <translation>平均分 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="241"/>
        <source>%1 since %2</source>
        <translation>较 %2 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="275"/>
        <source>Round “%1” started.</source>
        <translation>已新建调研“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/surveys_page.py" line="299"/>
        <source>%n response(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 份回答。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="307"/>
        <source>Choose the responses workbook</source>
        <translation>选择问卷结果工作簿</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/surveys_page.py" line="322"/>
        <source>Questionnaire saved.</source>
        <translation>问卷已保存。</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="90"/>
        <source>Talk with %1</source>
        <translation>与 %1 谈心谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="90"/>
        <source>Change the talk with %1</source>
        <translation>修改与 %1 的谈心谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="109"/>
        <source>Pain points (痛点难点)</source>
        <translation>痛点难点</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="110"/>
        <source>How work is going (工作开展情况)</source>
        <translation>工作开展情况</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="111"/>
        <source>Problems found (存在问题)</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="112"/>
        <source>Guidance given (指导意见)</source>
        <translation>指导意见</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="115"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="116"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="124"/>
        <source>Care ratings (optional)</source>
        <translation>关爱评估（选填）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="127"/>
        <source>Source of stress</source>
        <translation>压力来源</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="128"/>
        <source>Emotional state</source>
        <translation>情绪状态</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="129"/>
        <source>Work status</source>
        <translation>工作现状</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="130"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="131"/>
        <source>Business skill</source>
        <translation>业务技能</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="132"/>
        <source>Kind of need</source>
        <translation>需求类型</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="147"/>
        <source>Only you can see this; it is left out of exports.</source>
        <translation>只有你能看到，导出时不包含。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="153"/>
        <source>A follow-up, problem or suggestion; Enter adds it</source>
        <translation>跟进事项、问题或建议，回车添加</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="155"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="172"/>
        <source>Nothing open from earlier talks.</source>
        <translation>之前的谈话没有未结事项。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="174"/>
        <source>Still open from earlier talks:</source>
        <translation>之前谈话未结的事项：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="180"/>
        <source>Private note:</source>
        <translation>私密备注：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="184"/>
        <source>Follow-ups:</source>
        <translation>跟进事项：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="210"/>
        <source>No. %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="215"/>
        <source>d MMM</source>
        <comment>a day of the month, as QDate shows it</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_dialog.py" line="217"/>
        <source>Already talked with this month (%1)</source>
        <translation>本月已谈（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/talk_dialog.py" line="218"/>
        <source>Already talked with %n times this month (last %1)</source>
        <translation>
            <numerusform>本月已谈 %n 次（最近 %1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/talk_import_dialog.py" line="30"/>
        <source>Import talk ledger — %1</source>
        <translation>导入谈话台账 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_import_dialog.py" line="31"/>
        <source>Record these talks and their follow-ups in one step</source>
        <translation>一次性记录这些谈话及其跟进事项</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_import_dialog.py" line="35"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_import_dialog.py" line="36"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_import_dialog.py" line="37"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_import_dialog.py" line="40"/>
        <source>Liaison</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_import_dialog.py" line="41"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/talk_import_dialog.py" line="42"/>
        <source>What was said</source>
        <translation>谈话内容</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="58"/>
        <source>Talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="70"/>
        <source>Whose pairings: pick yourself</source>
        <translation>选择你自己，查看你的结对人员</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="74"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="79"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="83"/>
        <source>Search your talk records…</source>
        <translation>搜索我的谈话记录…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="84"/>
        <source>Search 痛点难点, 工作开展情况, 存在问题 and 指导意见 (Ctrl+F)</source>
        <translation>在痛点难点、工作开展情况、存在问题和指导意见中搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="88"/>
        <source>Record a talk…</source>
        <translation>记录谈话…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="90"/>
        <source>Record a talk with the selected person (Enter)</source>
        <translation>为选中的人记录谈话（回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="93"/>
        <source>Most in need first</source>
        <translation>按关注排序</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="95"/>
        <source>Sort by the attention list: who needs you most comes first</source>
        <translation>按关注名单排序：最需要关注的人排在前面</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="98"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="101"/>
        <source>Pairings…</source>
        <translation>结对关系…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="102"/>
        <source>Import a talk ledger…</source>
        <translation>导入谈话台账…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="105"/>
        <source>Themes</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="107"/>
        <source>What the team keeps raising in its talks (Ctrl+T)</source>
        <translation>团队在谈话中反复提到的话题（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="122"/>
        <source>Open the oldest unanswered request</source>
        <translation>打开最早一条未答复的员工诉求</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="151"/>
        <source>Whose talks are these?</source>
        <translation>这是谁的谈心谈话？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="153"/>
        <source>Pick yourself on the 工作清单 page first, or import a roster with team leaders.</source>
        <translation>请先在“工作清单”页选择你自己，或导入含有组长的花名册。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="155"/>
        <source>Go to the roster…</source>
        <translation>去花名册…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="194"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="202"/>
        <source>Talked this month: %1 / %2</source>
        <translation>本月已谈 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/talks_page.py" line="207"/>
        <source>%n employee request(s) unanswered after 24 hours</source>
        <translation>
            <numerusform>%n 条员工诉求超过 24 小时未答复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="479"/>
        <source>Answer recorded.</source>
        <translation>答复已记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="304"/>
        <source>Pick yourself on the 工作清单 page first.</source>
        <translation>请先在“工作清单”页选择你自己。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="343"/>
        <source>Talk with %1 saved.</source>
        <translation>已保存与 %1 的谈话。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="319"/>
        <source>Only the one who had the talk can change its record.</source>
        <translation>只有谈话人本人可以修改这条谈话记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="355"/>
        <source>Choose the talk ledger</source>
        <translation>选择谈话台账</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/talks_page.py" line="421"/>
        <source>%n talk record(s) found</source>
        <translation>
            <numerusform>找到 %n 条谈话记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="466"/>
        <source>Remove talk record</source>
        <translation>删除谈话记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="468"/>
        <source>Remove follow-up</source>
        <translation>删除跟进事项</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/talks_page.py" line="471"/>
        <source>Moved to the bin. Ctrl+Z puts it back.</source>
        <translation>已移到回收站。按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>TargetImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/target_import_dialog.py" line="35"/>
        <source>Import targets — %1</source>
        <translation>导入目标值 — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/target_import_dialog.py" line="36"/>
        <source>Set these targets in one step</source>
        <translation>一次设定这些目标值</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="44"/>
        <source>Targets for %1</source>
        <translation>%1 的目标值</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="64"/>
        <source>Center default (teams without their own)</source>
        <translation>中心默认（未自设目标的班组）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="68"/>
        <source>Targets of:</source>
        <translation>目标值归属：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="72"/>
        <source>Targets of %1</source>
        <translation>%1 的目标值</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="73"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="73"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="73"/>
        <source>In force</source>
        <translation>现行目标</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="73"/>
        <source>New</source>
        <translation>新目标</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="78"/>
        <source>blank: unchanged</source>
        <translation>留空：不变</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/targets_dialog.py" line="93"/>
        <source>%1 (center)</source>
        <translation>%1（中心）</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <location filename="../../../ui/widgets/team_picker.py" line="26"/>
        <source>Whole center</source>
        <translation>全中心</translation>
    </message>
</context>
<context>
    <name>ThemeTalksModel</name>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="92"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="92"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="92"/>
        <source>Liaison</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="92"/>
        <source>What was said</source>
        <translation>谈话内容</translation>
    </message>
</context>
<context>
    <name>ThemesModel</name>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="40"/>
        <source>Theme</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="41"/>
        <source>Talks</source>
        <translation>谈话数</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="42"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="43"/>
        <source>Of talks</source>
        <translation>占谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="44"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="45"/>
        <source>Vs center</source>
        <translation>对比中心</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="58"/>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <location filename="../../../ui/models/themes_models.py" line="77"/>
        <source>Raised in %1 of the team&apos;s talks, %2 of the center&apos;s</source>
        <translation>本组 %1 的谈话提到，全中心为 %2</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message numerus="yes">
        <location filename="../../../ui/widgets/themes_view.py" line="35"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>近 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/themes_view.py" line="36"/>
        <source>The talks of which months</source>
        <translation>统计哪几个月的谈话</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/themes_view.py" line="67"/>
        <source>Nothing raised twice yet</source>
        <translation>还没有反复提到的话题</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/themes_view.py" line="69"/>
        <source>Themes are the words the team&apos;s talks keep coming back to in 痛点难点, 存在问题 and 工作开展情况. Record talks, or choose a longer period.</source>
        <translation>话题是团队谈话记录的痛点难点、存在问题和工作开展情况中反复出现的说法。记录谈话，或选择更长的时间段。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/themes_view.py" line="90"/>
        <source>The whole center</source>
        <translation>全中心</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/themes_view.py" line="92"/>
        <source>%1 · %2 to %3 · %n talk(s)</source>
        <translation>
            <numerusform>%1 · %2 至 %3 · %n 次谈话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/themes_view.py" line="103"/>
        <source>Your team raises “%1” %2 times as often as the center.</source>
        <translation>本组提到“%1”的频率是全中心的 %2 倍。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/themes_view.py" line="133"/>
        <source>Talks raising “%1” (%n)</source>
        <translation>
            <numerusform>提到“%1”的谈话（%n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreeOnesForm</name>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="54"/>
        <source>Customer calls listened to this quarter (target: %1)</source>
        <translation>本季度倾听的客户来电（目标：%1 通）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="58"/>
        <source>Of those calls, how many were complaint recordings (at least one)</source>
        <translation>其中投诉录音的通数（至少一通）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="59"/>
        <source>Listen to ten customer calls</source>
        <translation>倾听十通客户来电</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="61"/>
        <source>Calls listened to:</source>
        <translation>已倾听来电：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="62"/>
        <source>Of which complaint recordings:</source>
        <translation>其中投诉录音：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="69"/>
        <source>One grassroots problem with its fix</source>
        <translation>一条基层突出问题及改进建议</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="70"/>
        <location filename="../../../ui/widgets/three_ones_form.py" line="74"/>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="70"/>
        <source>Fix:</source>
        <translation>改进建议：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="73"/>
        <source>One industry problem with a plan</source>
        <translation>一条行业突出问题及改进方案</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="74"/>
        <source>Plan:</source>
        <translation>改进方案：</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="77"/>
        <source>One service-improvement suggestion</source>
        <translation>一条服务改善建议</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="81"/>
        <source>Add a suggestion…</source>
        <translation>提建议…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="82"/>
        <source>File an improvement suggestion for this quarter (Ctrl+N)</source>
        <translation>为本季度提交一条改进建议（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="92"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="94"/>
        <source>Save this quarter (Ctrl+S)</source>
        <translation>保存本季度（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="144"/>
        <source>None yet this quarter.</source>
        <translation>本季度还没有提建议。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="150"/>
        <source>Counted from the 质检 page&apos;s listening log (%1 calls this quarter).</source>
        <translation>按“质检”页的听音记录计数（本季度 %1 通）。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="155"/>
        <source>Typed here: no calls in the listening log this quarter. Log calls on the 质检 page to count them.</source>
        <translation>手动填写：本季度听音记录里还没有来电。在“质检”页记录来电即可自动计数。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="215"/>
        <source>Calls %1/%2, %3 complaint</source>
        <translation>倾听来电 %1/%2，投诉录音 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="219"/>
        <source>Suggestion</source>
        <translation>服务改善建议</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="220"/>
        <source>Grassroots problem and fix</source>
        <translation>基层问题及改进</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="221"/>
        <source>Industry problem and plan</source>
        <translation>行业问题及方案</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/three_ones_form.py" line="225"/>
        <source>✗ Missing: </source>
        <translation>✗ 未完成：</translation>
    </message>
</context>
<context>
    <name>ThreeOnesPage</name>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="65"/>
        <location filename="../../../ui/pages/three_ones_page.py" line="259"/>
        <source>Three ones</source>
        <translation>三个一</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="79"/>
        <source>Whose quarter</source>
        <translation>查看谁的季度</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="82"/>
        <source>The quarter, this one or an earlier one</source>
        <translation>季度：本季度或以前的季度</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="84"/>
        <source>Add a suggestion…</source>
        <translation>提建议…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="86"/>
        <source>File an improvement suggestion (Ctrl+N)</source>
        <translation>提交一条改进建议（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="103"/>
        <source>Double-click or Enter: open this leader&apos;s quarter</source>
        <translation>双击或按 Enter：打开这位管理人员的本季度“三个一”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="124"/>
        <source>No improvement suggestions yet</source>
        <translation>还没有改进建议</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="126"/>
        <source>Each quarter every leader makes one service-improvement suggestion. File yours here and follow it to implementation.</source>
        <translation>组长及以上管理人员每季度提出一条服务改善建议。在这里提交，并跟踪到落实。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="130"/>
        <source>Add the first suggestion…</source>
        <translation>提交第一条建议…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="137"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="137"/>
        <location filename="../../../ui/pages/three_ones_page.py" line="157"/>
        <source>Implemented</source>
        <translation>已落实</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="154"/>
        <location filename="../../../ui/pages/three_ones_page.py" line="192"/>
        <source>My quarter</source>
        <translation>我的三个一</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="155"/>
        <source>Across leaders</source>
        <translation>各管理人员完成情况</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="156"/>
        <source>Suggestion board</source>
        <translation>建议看板</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="160"/>
        <source>Whose three ones are these?</source>
        <translation>这是谁的“三个一”？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="161"/>
        <source>Pick yourself on the 工作清单 page first, or import a roster with team leaders.</source>
        <translation>请先在“工作清单”页选择你自己，或导入含组长的花名册。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="192"/>
        <source>Leader&apos;s quarter</source>
        <translation>该管理人员的三个一</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="195"/>
        <source>%1 of %2 leaders have done all three ones in %3</source>
        <translation>%3：%2 名管理人员中 %1 名已全部完成“三个一”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="260"/>
        <source>This quarter has changes that are not saved. Discard them?</source>
        <translation>本季度的修改还没有保存，要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="274"/>
        <source>Three ones of %1 saved.</source>
        <translation>%1的“三个一”已保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="317"/>
        <source>Implemented in all: %1</source>
        <translation>累计落实：%1 条</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="320"/>
        <source>Implemented by quarter</source>
        <translation>各季度落实建议数</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="375"/>
        <source>Pick yourself on the 工作清单 page first.</source>
        <translation>请先在“工作清单”页选择你自己。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="408"/>
        <source>Suggestion “%1” saved.</source>
        <translation>建议“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="417"/>
        <source>Remove suggestion “%1”</source>
        <translation>删除建议“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/three_ones_page.py" line="419"/>
        <source>Moved to the bin. Ctrl+Z puts it back.</source>
        <translation>已移到回收站，按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>WeekSwitcher</name>
    <message>
        <location filename="../../../ui/widgets/month_switcher.py" line="69"/>
        <source>Previous week (Alt+Left)</source>
        <translation>上一周（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/month_switcher.py" line="69"/>
        <source>Next week (Alt+Right)</source>
        <translation>下一周（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/month_switcher.py" line="75"/>
        <source>Week %1 of %2 (%3 – %4)</source>
        <translation>%2年第%1周（%3 – %4）</translation>
    </message>
</context>
<context>
    <name>YouStep</name>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="104"/>
        <source>2. Who are you?</source>
        <translation>2. 你是谁？</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="126"/>
        <source>Pick yourself: your checklist and your talks are kept under your name.</source>
        <translation>选择你自己：你的工作清单和谈话记录都记在你的名下。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="130"/>
        <source>Once the roster is in, pick yourself on the 工作清单 page.</source>
        <translation>导入花名册后，请在“工作清单”页选择你自己。</translation>
    </message>
</context>
</TS>
