"""Text of moving a leader's own file into a center's database (搬入): key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "moving_in.not_a_file": (
        "{target} 不是本机的工作台数据库文件：请给出组长电脑上的 .sqlite3 文件。",
        "{target} is not a workbench file on this PC: give the leader's .sqlite3 file.",
    ),
    "moving_in.same_database": (
        "要搬入的文件就是中心数据库本身，没有做任何改动。",
        "The file to move in is the center's database itself; nothing was changed.",
    ),
    "moving_in.owner_needed": (
        "搬入需要以中心数据库的所有者登录（如 workbench server init 所用的登录）：“{login}”受行级权限限制，"
        "看不到其他班组的人和记录，无法可靠地按工号对照。没有写入任何内容。",
        "Moving in needs the center database's owner (the login `workbench server init` uses): “{login}” is held "
        "by the row policies, cannot see other teams' people and records, and so cannot match them by 工号. "
        "Nothing was written.",
    ),
    "moving_in.unknown_item": (
        "中心数据库的“{kind}”问卷没有题目 {code}，无法搬入这份问卷的答卷。没有写入任何内容。",
        "The center's “{kind}” questionnaire has no item {code}, so its answers cannot move. Nothing was written.",
    ),
    "moving_in.pairings_left_out": (
        "跨班组的手工结对 {count} 对没有搬入（{pairs}）：在中心库里，这种结对要由同时管理两个班组的助理经理或经理建立。",
        "{count} hand pairings across teams were not moved ({pairs}): at the center such a pairing is made by an "
        "assistant manager or manager over both teams.",
    ),
    "moving_in.foreign_author": (
        "文件里有 {count} 条{kind}的作者不是记录它的组长本人，搬入后会让别人读到。没有写入任何内容；请检查这个文件的来源。",
        "The file holds {count} {kind} written in someone else's name than the leader who recorded them; moved in, "
        "others could read them. Nothing was written; check where this file came from.",
    ),
    "moving_in.heading": ("搬入 {file} → {center}", "Moving {file} into {center}"),
    "moving_in.kind_line": (
        "  {kind}：搬入 {moved}，已在中心库 {already}，保留中心库的 {kept}{removed}",
        "  {kind}: moved {moved}, already there {already}, the center's kept {kept}{removed}",
    ),
    "moving_in.removed": ("，中心库已删除（未恢复）{count}", ", removed at the center (not brought back) {count}"),
    "moving_in.nothing": ("  没有要搬入的记录。", "  No records to move."),
    "moving_in.people_added": (
        "中心花名册里没有、但有记录的 {count} 人已加入花名册（请与人事花名册核对）：",
        "{count} people with records the center's roster lacked were added to it (check them against HR's roster):",
    ),
    "moving_in.person": ("  {employee_no}  {name}  {team}{left}", "  {employee_no}  {name}  {team}{left}"),
    "moving_in.person_left": ("（已离职）", " (left)"),
    "moving_in.teams_added": ("新建班组：{teams}", "Teams created: {teams}"),
    "moving_in.people_left_out": (
        "中心花名册里没有、也没有任何记录的 {count} 人未加入（花名册以人事为准）。",
        "{count} people neither in the center's roster nor in any record were left out (the roster is HR's).",
    ),
    "moving_in.pairings_started": (
        "按中心花名册为新加入的人建立了 {count} 个定点联系。",
        "{count} pairings started from the center's roster for the people added.",
    ),
    "moving_in.not_moved": (
        "不搬入：回收站（其中的记录以本机编号保存，在中心库无法还原）、偏好设置（本机的选择；在中心库由登录决定）。",
        "Not moved: the bin (its records keep this file's numbering and could not be put back at the center) "
        "and the preferences (this PC's choices; at the center the login decides).",
    ),
    "moving_in.dry_run": ("试运行：中心数据库没有任何改动。", "Dry run: the center's database was not changed."),
    "moving_in.done": ("已写入中心数据库 {center}。", "Written to the center's database {center}."),
    "moving_in.conflicts": (
        "{count} 个工号在两边的姓名不同，没有搬入任何内容。请先核对花名册（改正本机文件或中心花名册）后再搬入：",
        "{count} 工号 have different names on the two sides; nothing was moved. Check the rosters (correct this file "
        "or the center's roster) and move again:",
    ),
    "moving_in.conflict": (
        "  工号 {employee_no}：本机文件为“{local_name}”，中心花名册为“{center_name}”",
        "  工号 {employee_no}: “{local_name}” in this file, “{center_name}” in the center's roster",
    ),
    "moving_in.kind.checklist_items": ("清单事项", "Checklist duties"),
    "moving_in.kind.checklist_occurrences": ("清单打勾记录", "Checklist ticks"),
    "moving_in.kind.pairings": ("定点联系", "Pairings"),
    "moving_in.kind.talks": ("谈心谈话", "Talks"),
    "moving_in.kind.talk_private_notes": ("谈话私人备注", "Private talk notes"),
    "moving_in.kind.follow_ups": ("跟进事项", "Follow-ups"),
    "moving_in.kind.follow_up_events": ("跟进记录", "Follow-up history"),
    "moving_in.kind.three_ones": ("三个一", "Three ones"),
    "moving_in.kind.suggestions": ("改进建议", "Suggestions"),
    "moving_in.kind.suggestion_events": ("建议处理记录", "Suggestion history"),
    "moving_in.kind.growth_records": ("成长日记", "Growth diary months"),
    "moving_in.kind.survey_rounds": ("调查轮次", "Survey rounds"),
    "moving_in.kind.survey_responses": ("调查答卷", "Survey responses"),
    "moving_in.kind.survey_answers": ("调查答案", "Survey answers"),
    "moving_in.kind.care_events": ("关爱与表彰", "Care and recognition"),
    "moving_in.kind.account_entries": ("三个账户", "Three accounts"),
}
