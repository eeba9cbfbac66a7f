"""The core's user-facing text, in Simplified Chinese (default) and English.

The Qt layer translates its own strings with tr(); messages born in the core (errors,
import reports, CLI output) come from this one catalog so both front ends say the same.
"""

from workbench.catalog import (
    attention,
    cards,
    care,
    center,
    checklist,
    conflicts,
    growth,
    importing,
    indicators,
    moving_in,
    quality,
    surveys,
    themes,
    three_ones,
)

LANGUAGES = ("zh_CN", "en")
_language = "zh_CN"

# key: (Simplified Chinese, English)
CATALOG: dict[str, tuple[str, str]] = {
    # database
    "db.bad_url": ("无法识别的数据库地址：{url}", "Not a database path or URL: {url}"),
    "db.missing": ("数据库不存在：{path}", "No database at {path}"),
    "db.is_folder": ("{path} 是一个文件夹，不是数据库文件。", "{path} is a folder, not a database file."),
    "db.not_sqlite": (
        "{path} 不是工作台数据库（不是 SQLite 文件），未做任何改动。",
        "{path} is not a workbench database (not a SQLite file); nothing was changed.",
    ),
    "db.not_workbench": (
        "{path} 是其他程序的数据库，不是工作台数据库，未做任何改动。",
        "{path} belongs to another program, not the workbench; nothing was changed.",
    ),
    "db.newer_schema": (
        "{path} 由更新版本的工作台创建（结构版本 {revision}），请升级工作台后再打开。文件未做任何改动。",
        "{path} was made by a newer workbench (schema {revision}); please update the workbench. Nothing was changed.",
    ),
    "db.cannot_open": ("无法打开数据库 {path}：{reason}", "Cannot open the database {path}: {reason}"),
    "db.disk_full": (
        "磁盘已满，刚才的修改没有保存（数据库 {path} 保持原样）。请清理磁盘空间后再保存一次。",
        "The disk is full: the change was not saved (the database {path} is as it was). Free some space and save again.",
    ),
    "db.read_only": (
        "数据库 {path} 是只读的，刚才的修改没有保存。请检查文件属性或文件夹权限后再保存一次。",
        "The database {path} is read-only: the change was not saved. Check the file's properties or the folder's permissions and save again.",
    ),
    "db.locked": (
        "数据库 {path} 正被其他程序占用，刚才的修改没有保存。请关闭占用它的程序后再保存一次。",
        "Another program is using the database {path}: the change was not saved. Close that program and save again.",
    ),
    "db.io_error": (
        "读写数据库 {path} 时磁盘出错，刚才的修改没有保存。请检查磁盘或网络盘后再试。",
        "The disk failed while writing {path}: the change was not saved. Check the disk or network drive and try again.",
    ),
    "db.damaged": (
        "数据库文件 {path} 已损坏（{reason}）。工作台不会写入这个文件；请从备份恢复。",
        "The database {path} is damaged ({reason}). The workbench will not write to it; restore a backup.",
    ),
    "backup.unusable": ("{path} 不能用来恢复：{reason}", "{path} cannot be restored: {reason}"),
    "backup.restore_failed": ("恢复 {path} 失败：{reason}", "Restoring {path} failed: {reason}"),
    "backup.made": ("已备份到 {path}。", "Backed up to {path}."),
    "backup.restored": (
        "已从 {backup} 恢复。恢复前的数据已另存为 {before}。",
        "Restored from {backup}. The data as it was before is kept in {before}.",
    ),
    "backup.bad_policy": (
        "至少保留 1 天的每日备份，每月备份不能是负数。",
        "Keep at least one day of daily backups and no negative number of months.",
    ),
    "backup.policy": (
        "保留最近 {daily} 天的每日备份和最近 {monthly} 个月的月初备份。",
        "Keeping {daily} days of daily backups and the first backup of {monthly} months.",
    ),
    "backup.none": ("还没有备份。", "No backups yet."),
    "backup.failed": (
        "无法备份数据库到 {path}：{reason}。数据库未做任何改动。",
        "Could not back up the database to {path}: {reason}. Nothing was changed.",
    ),
    # fields of the roster, as headers and in messages
    "field.employee_no": ("工号", "Employee ID"),
    "field.name": ("姓名", "Name"),
    "field.gender": ("性别", "Gender"),
    "field.team": ("班组", "Team"),
    "field.role": ("岗位", "Role"),
    "field.hire_date": ("入职日期", "Hire date"),
    "field.phone": ("联系电话", "Phone"),
    "field.birthday": ("生日", "Birthday"),
    "field.status": ("状态", "Status"),
    "field.left_date": ("离职日期", "Date left"),
    "field.moved_on": ("调动日期", "Date moved"),
    "status.active": ("在职", "Active"),
    "status.left": ("离职", "Left"),
    # reading workbooks
    "xlsx.missing": ("找不到文件：{path}", "File not found: {path}"),
    "xlsx.not_workbook": (
        "{path} 不是能读取的表格文件（支持 .xlsx、.xlsm、.xls、.xlsb、.ods、.csv、.txt），请在 Excel 或 WPS 中另存为 .xlsx 后再导入。",
        "{path} is not a spreadsheet that can be read (.xlsx, .xlsm, .xls, .xlsb, .ods, .csv, .txt); save it as .xlsx in Excel or WPS and import again.",
    ),
    "xlsx.empty": ("{path} 是空的，没有可导入的内容。", "{path} is empty: there is nothing to import."),
    "xlsx.no_header": (
        "{path} 的前 {rows} 行中没有找到表头：至少需要“{required}”这几列。",
        "No header row in the first {rows} rows of {path}: it needs at least the columns {required}.",
    ),
    "xlsx.duplicate_column": (
        "{path} 第 {row} 行：“{headers}”都像是“{field}”列（{letters} 列），请只保留一列，或把另一列改名。",
        "{path} row {row}: '{headers}' all look like the '{field}' column (columns {letters}); keep only one, or rename the other.",
    ),
    # cleaning values
    "value.bad_date": ("“{value}”不是有效日期", "'{value}' is not a valid date"),
    "value.future_date": ("{value} 是将来的日期", "{value} is in the future"),
    "value.bad_gender": ("性别“{value}”应为 男 或 女", "gender '{value}' should be 男 (male) or 女 (female)"),
    "value.bad_status": ("状态“{value}”应为 在职 或 离职", "status '{value}' should be 在职 (active) or 离职 (left)"),
    "value.bad_employee_no": (
        "工号“{value}”含有无法识别的字符",
        "employee ID '{value}' has characters that cannot be read",
    ),
    "value.too_long": ("“{value}”太长（最多 {limit} 个字）", "'{value}' is too long (at most {limit} characters)"),
    # roster import
    "import.no_employee_no": ("缺少工号", "no employee ID"),
    "import.no_name": ("缺少姓名", "no name"),
    "import.duplicate_no": (
        "工号 {employee_no} 在文件中重复（第 {first} 行已出现）",
        "employee ID {employee_no} appears twice (first in row {first})",
    ),
    "import.error_line": (
        "{path} 第 {row} 行 {column} 列（{field}）：{message}",
        "{path} row {row}, column {column} ({field}): {message}",
    ),
    "import.has_errors": (
        "{path} 有 {count} 处问题，未导入任何内容：",
        "{path} has {count} problems; nothing was imported:",
    ),
    "import.summary": (
        "新增 {added} 人，更新 {updated} 人，未变 {unchanged} 人，标记离职 {marked_left} 人。",
        "{added} added, {updated} updated, {unchanged} unchanged, {marked_left} marked as left.",
    ),
    "import.missing": (
        "{count} 名在职员工不在文件中，未做改动（使用 --mark-missing-left 可标记为离职）：",
        "{count} active employees are not in the file and were left as they are "
        "(--mark-missing-left marks them as left):",
    ),
    "import.dry_run": ("试运行：未写入数据库。", "Dry run: nothing was written."),
    "import.applied": ("已导入到 {db}。", "Imported into {db}."),
    # roster editing
    "roster.duplicate_no": (
        "工号 {employee_no} 已属于 {name}。",
        "Employee ID {employee_no} already belongs to {name}.",
    ),
    "roster.required": ("{field}不能为空。", "{field} must not be empty."),
    "roster.left_without_date": ("离职员工需要填写离职日期。", "An employee who left needs the date they left."),
    "roster.left_before_hire": ("离职日期早于入职日期。", "The date left is before the hire date."),
    "roster.not_found": (
        "找不到这名员工（可能已被其他人修改）。",
        "This employee no longer exists (changed elsewhere?).",
    ),
    # checklists
    "category.people": ("人员管理", "People management"),
    "category.business": ("业务管理", "Business management"),
    "category.self": ("自我管理", "Self management"),
    "category.all": ("合计", "Overall"),
    "frequency.daily": ("每日", "Daily"),
    "frequency.weekly": ("每周", "Weekly"),
    "frequency.monthly": ("每月", "Monthly"),
    "frequency.quarterly": ("每季度", "Quarterly"),
    "frequency.half_yearly": ("每半年", "Half-yearly"),
    "checklist.no_template": ("没有“{role}”岗位的清单模板。", "There is no checklist template for the role {role}."),
    "checklist.not_a_leader": (
        "只有组长、助理经理和经理有工作清单，请选择这些岗位的人员。",
        "Only team leaders, assistant managers and managers have checklists; choose one of them.",
    ),
    "checklist.item_missing": ("找不到这项工作（可能已被删除）。", "This duty no longer exists."),
    "checklist.work_required": ("工作内容不能为空。", "The work must not be empty."),
    "checklist.bad_kind": ("类别或频次不正确。", "Unknown category or frequency."),
    "checklist.frequency_fixed": (
        "已有记录的工作不能改频次：请停用它，再新增一项。",
        "A duty's frequency cannot change once it has records: retire it and add a new one.",
    ),
    "checklist.done_without_date": ("完成需要填写完成日期。", "Done needs the date it was done."),
    "checklist.skip_without_reason": ("跳过需要写明原因。", "Skipping needs a reason."),
    "template.sheet": ("工作清单模板", "Checklist template"),
    "template.title": ("{role}工作清单模板", "Checklist template: {role}"),
    "template.column.category": ("类别", "Category"),
    "template.column.work": ("工作内容", "Work"),
    "template.column.requirement": ("具体要求", "Requirement"),
    "template.column.deliverable": ("产出物", "Deliverable"),
    "template.column.frequency": ("频次", "Frequency"),
    "template.column.due_day": ("截止日", "Due day"),
    "template.bad_category": (
        "类别“{value}”应为 人员管理、业务管理 或 自我管理",
        "category '{value}' should be 人员管理 (people), 业务管理 (business) or 自我管理 (self)",
    ),
    "template.bad_frequency": (
        "频次“{value}”应为 每日、每周、每月、每季度 或 每半年",
        "frequency '{value}' should be daily, weekly, monthly, quarterly or half-yearly",
    ),
    # designated liaisons
    "talk.kind.monthly": ("月度谈心谈话", "Monthly talk"),
    "talk.kind.half_year": ("半年调研", "Half-year survey"),
    "talk.kind.activity": ("参加班组活动", "Team activity"),
    "follow_up.kind.follow_up": ("跟进事项", "Follow-up"),
    "follow_up.kind.problem": ("问题", "Problem"),
    "follow_up.kind.suggestion": ("员工诉求", "Employee request"),
    "follow_up.line": ("{kind}：{text}（{state}）", "{kind}: {text} ({state})"),
    "follow_up.added": ("{kind}：{text}", "{kind}: {text}"),
    "person.with_role": ("{name}（{role}）", "{name} ({role})"),
    "follow_up.status.open": ("待处理", "Open"),
    "follow_up.status.improving": ("改善中", "Improving"),
    "follow_up.status.done": ("已完成", "Done"),
    "follow_up.status.rechecked": ("已复查", "Checked again"),
    "liaison.self_pair": ("不能和自己结对。", "Nobody can be their own liaison."),
    "liaison.already_paired": ("已经是结对关系了。", "These two are already paired."),
    "liaison.pairing_missing": ("找不到这个结对关系。", "This pairing no longer exists."),
    "liaison.end_before_start": ("结束日期早于开始日期。", "The end is before the start."),
    "liaison.kind_required": ("请选择谈话类型。", "Choose the kind of talk."),
    "liaison.bad_care": ("“{value}”不在可选项中。", "'{value}' is not one of the choices."),
    "liaison.empty_talk": (
        "谈话记录是空的：至少写下一项内容或一条跟进事项。",
        "The record is empty: write at least one field or one follow-up.",
    ),
    "liaison.follow_up_required": ("跟进事项不能为空。", "A follow-up needs a description."),
    "liaison.talk_missing": ("找不到这条谈话记录。", "This talk record no longer exists."),
    "liaison.follow_up_missing": ("找不到这条跟进事项。", "This follow-up no longer exists."),
    "liaison.bad_status": ("状态不正确。", "Unknown status."),
    "liaison.reply_required": ("请写下答复的内容。", "Write what the employee was answered."),
    "liaison.reply_not_request": ("只有员工诉求需要答复。", "Only an employee request is answered."),
    "talk_import.summary": (
        "将导入 {added} 条谈话记录（{already} 条以前已导入，跳过），新建 {follow_ups} 条待跟进事项。",
        "{added} talk record(s) to import ({already} imported before, skipped); {follow_ups} open follow-up(s).",
    ),
    "talk_import.no_date": ("缺少谈话日期", "no date of the talk"),
    "talk_import.unknown_number": ("花名册中没有工号 {employee_no}", "employee ID {employee_no} is not in the roster"),
    "talk_import.unknown_person": ("花名册中没有“{name}”", "'{name}' is not in the roster"),
    "talk_import.ambiguous": (
        "花名册中有多人叫“{name}”（工号 {numbers}），请在台账中写上工号",
        "more than one person is called '{name}' (IDs {numbers}); add the employee ID to the ledger",
    ),
    "talk_import.name_mismatch": (
        "工号 {employee_no} 在花名册中是“{roster_name}”，台账写的是“{name}”",
        "employee ID {employee_no} is '{roster_name}' in the roster but '{name}' in the ledger",
    ),
    "talk_import.no_liaison": (
        "没有写谈话人，当天也没有定点联系人",
        "no liaison named, and nobody was paired with this employee that day",
    ),
    "talk_import.bad_status": (
        "跟进状态“{value}”应为 待处理、改善中、已完成 或 已复查",
        "follow-up status '{value}' should be 待处理, 改善中, 已完成 or 已复查",
    ),
    "talk_import.bad_care": ("“{value}”不在可选项中（{choices}）", "'{value}' is not one of: {choices}"),
    "trash.talk": ("{day} 与 {name} 的{kind}", "{kind} with {name}, {day}"),
    "trash.follow_up": ("{day} {name} 的跟进事项：{what}", "Follow-up of {name}, {day}: {what}"),
    "trash.suggestion": ("{day} {name} 的改进建议：{what}", "Suggestion of {name}, {day}: {what}"),
    "trash.care_event": ("{day} {name} 关怀表彰：{what}", "Care {day} {name}: {what}"),
    "trash.account_entry": ("{day} {name} 的三个账户记录：{what}", "Three accounts of {name}, {day}: {what}"),
    "trash.missing": ("回收站里已经没有这一项了。", "This is no longer in the bin."),
    "trash.private_note": (
        "{what} 谈话的私密备注（谈话已被他人删除）",
        "Private note of the talk {what} (the talk was removed by someone else)",
    ),
    "trash.note_without_talk": (
        "这条私密备注所属的谈话还不在：请删除谈话的人先把谈话放回，备注会随之恢复。",
        "The talk this private note belongs to is not there: once whoever removed the talk puts it back, the note "
        "comes back with it.",
    ),
    "timeline.hired": ("入职", "Joined"),
    "timeline.left": ("离职", "Left"),
    "timeline.talk": ("{kind}（{liaison}）：{summary}", "{kind} ({liaison}): {summary}"),
    "timeline.private": ("〔私密备注：{note}〕", " [private note: {note}]"),
    # monthly review
    "care.stress_source": ("压力来源", "Source of stress"),
    "care.emotion": ("情绪状态", "Mood"),
    "care.work_state": ("工作现状", "Work situation"),
    "care.service_attitude": ("服务态度", "Service attitude"),
    "care.skill": ("业务技能", "Skills"),
    "care.need_type": ("需求类型", "Needs"),
    "monthly.whole_center": ("全中心", "Whole center"),
    "monthly.unknown_team": (
        "没有名为“{team}”的班组。现有班组：{teams}",
        "There is no team called '{team}'. Teams: {teams}",
    ),
    "monthly.duty.open": ("未完成", "Not done"),
    "monthly.duty.done": ("已完成", "Done"),
    "monthly.duty.skipped": ("已跳过", "Skipped"),
    "monthly.file_name": ("{scope}_{month}_月度复盘.xlsx", "{scope}_{month}_monthly_review.xlsx"),
    "monthly.title": ("{scope} {month} 月度复盘", "{scope}: monthly review, {month}"),
    "monthly.subject": ("月度复盘", "Monthly review"),
    "monthly.month": ("{year}年{month}月", "{year}-{month:02}"),
    "monthly.contains_private": (
        "本工作簿含私密备注，仅限本人及直属上级查看，请勿外传。",
        "This workbook holds private notes: for the author and their line managers only.",
    ),
    "monthly.sheet.summary": ("概览", "Summary"),
    "monthly.sheet.checklist": ("工作清单", "Checklist"),
    "monthly.sheet.checklist_detail": ("工作清单明细", "Checklist detail"),
    "monthly.sheet.talks": ("谈心谈话", "Talks"),
    "monthly.sheet.follow_ups": ("跟进事项", "Follow-ups"),
    "monthly.sheet.roster": ("人员", "People"),
    "monthly.column.owner": ("负责人", "Owner"),
    "monthly.column.category": ("类别", "Category"),
    "monthly.column.frequency": ("频次", "Frequency"),
    "monthly.column.work": ("工作内容", "Work"),
    "monthly.column.requirement": ("具体要求", "Requirement"),
    "monthly.column.deliverable": ("产出物", "Deliverable"),
    "monthly.column.period_start": ("周期开始", "Period from"),
    "monthly.column.due_date": ("截止日", "Due"),
    "monthly.column.state": ("状态", "State"),
    "monthly.column.done_on": ("完成日期", "Done on"),
    "monthly.column.note": ("备注/跳过原因", "Note / reason skipped"),
    "monthly.column.talk_date": ("谈话日期", "Date"),
    "monthly.column.kind": ("谈话类型", "Kind"),
    "monthly.column.liaison": ("谈话人", "Liaison"),
    "monthly.column.pain_points": ("痛点难点", "Pain points"),
    "monthly.column.work_status": ("工作开展情况", "How work is going"),
    "monthly.column.problems": ("存在问题", "Problems found"),
    "monthly.column.guidance": ("指导意见", "Guidance given"),
    "monthly.column.private_note": ("私密备注", "Private note"),
    "monthly.column.raised_on": ("提出日期", "Raised on"),
    "monthly.column.follow_up_kind": ("类型", "Kind"),
    "monthly.column.description": ("内容", "What"),
    "monthly.column.owner_person": ("负责人", "Owner"),
    "monthly.column.status_at_end": ("月末状态", "Status at month end"),
    "monthly.column.closed_on": ("关闭日期", "Closed on"),
    "monthly.section.basics": ("基本情况", "The team"),
    "monthly.section.checklist": ("工作清单完成情况", "Checklist"),
    "monthly.section.trend": ("近 {months} 个月完成率", "Completion over {months} months"),
    "monthly.section.talks": ("谈心谈话覆盖", "Talk coverage"),
    "monthly.section.follow_ups": ("跟进事项与员工诉求", "Follow-ups and employee requests"),
    "monthly.section.practices": (
        "三个一、成长日记、调研与关怀",
        "Three ones, growth diary, surveys and care",
    ),
    "monthly.figure.team": ("班组", "Team"),
    "monthly.figure.leader": ("负责人", "Leader"),
    "monthly.figure.month": ("月份", "Month"),
    "monthly.figure.headcount": ("月末人数", "Headcount at month end"),
    "monthly.figure.joined": ("本月入职", "Joined"),
    "monthly.figure.left": ("本月离职", "Left"),
    "monthly.figure.category": ("类别", "Category"),
    "monthly.figure.due": ("应完成", "Due"),
    "monthly.figure.done": ("已完成", "Done"),
    "monthly.figure.late": ("其中逾期", "Of which late"),
    "monthly.figure.skipped": ("跳过", "Skipped"),
    "monthly.figure.rate": ("完成率", "Completion"),
    "monthly.figure.liaison": ("联系人", "Liaison"),
    "monthly.figure.paired": ("结对人数", "Paired"),
    "monthly.figure.talked": ("本月已谈", "Talked"),
    "monthly.figure.coverage": ("覆盖率", "Coverage"),
    "monthly.figure.surveyed": ("半年调研已做", "Half-year survey done"),
    "monthly.figure.talks": ("本月谈话记录", "Talk records this month"),
    "monthly.figure.follow_ups_opened": ("本月新增跟进", "Follow-ups opened"),
    "monthly.figure.follow_ups_closed": ("本月关闭", "Closed"),
    "monthly.figure.follow_ups_open": ("月末未关闭", "Still open at month end"),
    "monthly.figure.follow_ups_overdue": ("其中已过截止日", "Of which past due"),
    "monthly.figure.suggestions": ("本月员工诉求", "Employee requests raised"),
    "monthly.figure.suggestions_answered_in_24h": ("24小时内答复", "Answered within 24 hours"),
    "monthly.figure.answer_rate": ("及时答复率", "Answered in time"),
    "monthly.chart.by_category": ("本月各类工作完成率", "Completion by category"),
    "monthly.chart.trend": ("完成率趋势", "Completion trend"),
    "rollup.practices_sheet": ("其他工作", "Other practices"),
    "rollup.practices_title": (
        "{month} 各班组三个一、成长日记、调研与关怀",
        "{month}: three ones, growth, surveys and care by team",
    ),
    "rollup.not_review": (
        "{path} 不是工作台导出的月度复盘工作簿。",
        "{path} is not a monthly review workbook from the workbench.",
    ),
    "rollup.newer_format": (
        "{path} 由较新版本的工作台导出（格式 {version}），请先升级。",
        "{path} comes from a newer workbench (format {version}); update this one first.",
    ),
    "rollup.no_files": ("请选择要汇总的月度复盘工作簿。", "Choose the monthly review workbooks to combine."),
    "rollup.other_month": (
        "{path} 是 {month} 的复盘，而 {first} 是 {expected} 的；只能汇总同一个月。",
        "{path} is the review of {month} but {first} is of {expected}: only one month can be combined.",
    ),
    "rollup.same_team": ("{team} 出现了两次：{first} 和 {second}。", "{team} appears twice: {first} and {second}."),
    "rollup.sheet": ("各班组汇总", "Teams"),
    "rollup.title": ("{month} 月度复盘汇总", "Monthly review roll-up, {month}"),
    "rollup.total": ("合计（{teams} 个班组）", "Total ({teams} teams)"),
    "rollup.chart": ("各班组工作完成率与谈话覆盖率", "Completion and talk coverage by team"),
    "rollup.column.team": ("班组", "Team"),
    "rollup.column.leader": ("负责人", "Leader"),
    "rollup.column.headcount": ("月末人数", "Headcount"),
    "rollup.column.joined": ("入职", "Joined"),
    "rollup.column.left": ("离职", "Left"),
    "rollup.column.completion": ("清单完成率", "Completion"),
    "rollup.column.coverage": ("谈话覆盖率", "Talk coverage"),
    "rollup.column.surveys": ("半年调研", "Surveys"),
    "rollup.column.follow_ups_open": ("未关闭跟进", "Open follow-ups"),
    "rollup.column.follow_ups_overdue": ("其中逾期", "Past due"),
    "rollup.column.suggestions": ("员工诉求", "Employee requests"),
    "rollup.column.suggestions_answered_in_24h": ("24小时内答复", "Answered in 24 h"),
    "rollup.column.answer_rate": ("及时答复率", "Answered in time"),
    "rollup.column.file": ("来源文件", "File"),
    "rollup.done": ("已汇总 {teams} 个班组，写入 {path}。", "Combined {teams} teams into {path}."),
    "rollup.out_is_source": (
        "{path} 是要汇总的文件之一，请另选输出文件名。",
        "{path} is one of the files being combined: choose another name.",
    ),
    "monthly.done": ("已导出 {path}。", "Exported {path}."),
    "export.no_folder": ("无法创建文件夹 {folder}：{reason}", "Cannot create the folder {folder}: {reason}"),
    # command line
    "cli.check.path": ("数据库", "Database"),
    "cli.check.revision": ("结构版本", "Schema revision"),
    "cli.check.integrity": ("完整性检查", "Integrity check"),
    "cli.check.teams": ("班组数", "Teams"),
    "cli.check.employees": ("员工数（在职/全部）", "Employees (active/all)"),
    "cli.demo.exists": (
        "{path} 已存在，请换一个文件名或先删除它。",
        "{path} already exists; choose another name or delete it first.",
    ),
    "cli.demo.done": (
        "已生成演示数据库 {path}：{teams} 个班组，{employees} 名员工。",
        "Demo database written to {path}: {teams} teams, {employees} employees.",
    ),
    "cli.backup.not_sqlite": (
        "{target} 是数据库服务器，请用服务器自己的备份工具。",
        "{target} is a database server: back it up with the server's own tools.",
    ),
    "cli.backup.counts": (
        "{employees} 人，{talks} 条谈话，{duties} 项工作",
        "{employees} people, {talks} talks, {duties} duties",
    ),
    "cli.demo.too_small": ("演示数据至少需要 {minimum} 名员工。", "A demo needs at least {minimum} employees."),
    "locations.inside": (
        "不能把数据文件夹移到 {target}：它就是当前的数据文件夹或在其中。",
        "Cannot move the data folder to {target}: it is the data folder or inside it.",
    ),
    "locations.not_empty": (
        "{target} 不是空文件夹，请选择一个新的或空的文件夹。",
        "{target} is not an empty folder; choose a new or empty one.",
    ),
    "locations.move_failed": (
        "数据文件夹没有移动（仍在原处使用）：复制到 {target} 时出错：{reason}",
        "The data folder was not moved (the old one is still in use): copying to {target} failed: {reason}",
    ),
    "cli.no_display": (
        "无法启动图形界面：{reason}",
        "Cannot start the window: {reason}",
    ),
}


for _part in (
    three_ones,
    growth,
    surveys,
    care,
    center,
    conflicts,
    moving_in,
    importing,
    checklist,
    indicators,
    themes,
    quality,
    attention,
    cards,
):
    assert not CATALOG.keys() & _part.TEXTS.keys(), "a key is defined twice"
    CATALOG.update(_part.TEXTS)


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(language)
    _language = language


def language() -> str:
    return _language


# Values the roster keeps in Chinese, as English shows them; any other value as it is.
VALUE_LABELS = {
    "role": {
        "客户代表": "Agent",
        "质检员": "Quality inspector",
        "组长": "Team leader",
        "助理经理": "Assistant manager",
        "经理": "Manager",
    },
    "gender": {"男": "Male", "女": "Female"},
}


def value_label(kind: str, value: str | None) -> str:
    """A stored role or gender in the user's language."""
    if not value or _language == "zh_CN":
        return value or ""
    return VALUE_LABELS[kind].get(value, value)


def t(key: str, /, **values) -> str:
    zh, en = CATALOG[key]
    return (zh if _language == "zh_CN" else en).format(**values)
