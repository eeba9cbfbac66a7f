"""Text of engagement surveys (Q12, six drivers): key: (Simplified Chinese, English).

The default items are our own wording of the themes the Q12 and the six-driver model ask
about; a center edits them in the workbench."""

TEXTS: dict[str, tuple[str, str]] = {
    "survey.kind.q12": ("Q12 敬业度调研", "Q12 engagement survey"),
    "survey.kind.six_drivers": ("满意度六要素调研", "Six-driver satisfaction survey"),
    "survey.kind.short.q12": ("Q12", "Q12"),
    "survey.kind.short.six_drivers": ("六要素", "Six drivers"),
    # the default Q12-style items: our own words for each theme
    "survey.q12.Q1": ("我清楚上级和班组对我的工作期望是什么", "I am clear about what my leader and team expect of me"),
    "survey.q12.Q2": (
        "做好工作需要的系统、知识库和设备，我都能用上",
        "I have the systems, knowledge base and equipment I need to do my work well",
    ),
    "survey.q12.Q3": ("在岗位上，我常常能做自己最拿手的事", "At work I often get to do what I am best at"),
    "survey.q12.Q4": ("最近一周，我的好表现得到了肯定或表扬", "In the last week my good work was noticed or praised"),
    "survey.q12.Q5": ("组长或同事把我当作一个人来关心", "My leader or a colleague cares about me as a person"),
    "survey.q12.Q6": ("有人鼓励并帮助我成长进步", "Someone encourages and helps me to grow"),
    "survey.q12.Q7": ("我提的意见和建议会被认真对待", "My opinions and suggestions are taken seriously"),
    "survey.q12.Q8": ("中心的服务使命让我觉得自己的工作有意义", "The center's mission makes my work feel worthwhile"),
    "survey.q12.Q9": ("身边的同事都用心把服务做好", "The colleagues around me care about doing good work"),
    "survey.q12.Q10": ("在班组里我有可以交心的好朋友", "I have a good friend in my team"),
    "survey.q12.Q11": (
        "近半年有人和我谈过我的进步与不足",
        "In the last six months someone talked with me about my progress",
    ),
    "survey.q12.Q12": ("这一年我在工作中学到了新东西", "This year I have learned new things at work"),
    # the six drivers of satisfaction: a short name, and the default item text
    "survey.driver.task": ("工作任务", "Work task"),
    "survey.driver.security": ("工作保障", "Security"),
    "survey.driver.development": ("工作发展", "Development"),
    "survey.driver.cooperation": ("工作协作", "Cooperation"),
    "survey.driver.company": ("企业", "The company"),
    "survey.driver.superior": ("直接上级", "Direct superior"),
    "survey.driver_text.task": (
        "工作任务：岗位与能力相匹配，职责分工清楚",
        "Work task: the job fits my abilities and my duties are clear",
    ),
    "survey.driver_text.security": (
        "工作保障：薪酬福利、排班和工作环境让人安心",
        "Security: pay, benefits, shifts and the workplace let me feel secure",
    ),
    "survey.driver_text.development": (
        "工作发展：有培训、晋升和职业规划的机会",
        "Development: there is training, promotion and career planning",
    ),
    "survey.driver_text.cooperation": (
        "工作协作：班组目标一致，同事之间互相支持",
        "Cooperation: the team shares goals and colleagues support each other",
    ),
    "survey.driver_text.company": (
        "企业：认同中心的发展、业绩和口碑",
        "The company: I believe in the center's direction, results and reputation",
    ),
    "survey.driver_text.superior": (
        "直接上级：组长公正、有能力、能给予指导",
        "Direct superior: my leader is fair, capable and gives guidance",
    ),
    "survey.importance": ("重要性", "Importance"),
    "survey.satisfaction": ("满意度", "Satisfaction"),
    "survey.importance_axis": ("↑ 重要性", "↑ Importance"),
    # quadrants of the priority matrix
    "survey.quadrant.improve_first": ("优先改进", "Improve first"),
    "survey.quadrant.keep": ("继续保持", "Keep it up"),
    "survey.quadrant.improve_later": ("次要改进", "Improve later"),
    "survey.quadrant.maintain": ("维持现状", "Maintain"),
    "survey.advice.improve_first": (
        "先改进“重要但不满意”的：{drivers}。",
        "Improve first what matters but disappoints: {drivers}.",
    ),
    "survey.advice.none": (
        "没有“重要但不满意”的要素；保持{drivers}的优势。",
        "Nothing matters yet disappoints; keep up {drivers}.",
    ),
    "survey.advice.driver": (
        "{driver}（重要性 {importance:.1f}，满意度 {satisfaction:.1f}）",
        "{driver} (importance {importance:.1f}, satisfaction {satisfaction:.1f})",
    ),
    "survey.advice.no_data": ("还没有重要性和满意度的回答。", "No importance and satisfaction answers yet."),
    # rounds and responses
    "survey.round_name": ("{year}年{half}{kind}", "{kind}, {half} {year}"),
    "survey.half.first": ("上半年", "first half of"),
    "survey.half.second": ("下半年", "second half of"),
    "survey.name_required": ("请填写调研名称。", "The round needs a name."),
    "survey.name_too_long": ("调研名称最多 {limit} 个字。", "The name is at most {limit} characters."),
    "survey.duplicate_round": (
        "{scope}已有名为“{name}”的调研。",
        "{scope} already has a round called '{name}'.",
    ),
    "survey.future_round": ("调研日期 {day} 在将来。", "The date {day} is in the future."),
    "survey.unknown_team": ("找不到这个班组。", "This team no longer exists."),
    "survey.round_missing": ("找不到这次调研（可能已被删除）。", "This survey round no longer exists."),
    "survey.template_missing": ("找不到这份问卷。", "This questionnaire no longer exists."),
    "survey.item_text_required": ("题目不能为空（{code}）。", "An item needs its text ({code})."),
    "survey.item_text_too_long": (
        "题目最多 {limit} 个字（{code}）。",
        "An item is at most {limit} characters ({code}).",
    ),
    "survey.anonymous_person": (
        "这是匿名调研，不能记录回答人。",
        "This round is anonymous: the person who answered cannot be recorded.",
    ),
    "survey.person_required": ("请选择回答的员工。", "Choose the employee who answered."),
    "survey.person_missing": ("找不到这名员工。", "This employee does not exist."),
    "survey.already_answered": (
        "{name} 已经回答过这次调研。",
        "{name} has already answered this round.",
    ),
    "survey.no_answers": ("至少要有一题的回答。", "At least one item must be answered."),
    "survey.bad_score": (
        "分数应为 1 到 5 的整数，而不是“{value}”",
        "a score is a whole number from 1 to 5, not '{value}'",
    ),
    "survey.unknown_item": ("问卷中没有“{code}”这一题。", "The questionnaire has no item '{code}'."),
    "survey.importance_for_q12": ("Q12 的题目没有重要性评分。", "Q12 items have no importance score."),
    "survey.digits_count": (
        "需要 {count} 个 1–5 的数字，现在是 {typed} 个。",
        "Type {count} digits from 1 to 5; there are {typed}.",
    ),
    # import
    "survey_import.summary": (
        "将导入 {added} 份回答（{already} 份以前已导入，跳过）。",
        "{added} response(s) to import ({already} imported before, skipped).",
    ),
    "survey_import.names_ignored": (
        "这是匿名调研：文件中的工号和姓名不会保存。",
        "This round is anonymous: the IDs and names in the file are not stored.",
    ),
    "survey_import.no_person_columns": (
        "{path} 没有“工号”或“姓名”列：实名调研需要知道每一行是谁的回答。",
        "{path} has no 工号 or 姓名 column: a named round needs to know whose each row is.",
    ),
    "survey_import.no_person": ("缺少工号或姓名", "no employee ID or name"),
    "survey_import.no_satisfaction": (
        "有重要性评分却没有满意度评分",
        "an importance score without a satisfaction score",
    ),
    "survey_import.no_answers": ("这一行没有任何分数", "the row has no scores"),
    "survey_import.unknown_team": ("没有名为“{team}”的班组", "there is no team called '{team}'"),
    "survey_import.other_team": (
        "{name} 属于{team}，不属于本次调研的{round_team}",
        "{name} is in {team}, not in {round_team} of this round",
    ),
    "survey_import.answered_by_hand": (
        "{name} 已经有一份不同的回答（手工录入或另一个文件）",
        "{name} already has a different response (typed in or from another file)",
    ),
    "survey_import.twice_in_file": (
        "{name} 在文件中出现两次（第 {first} 行已出现）",
        "{name} appears twice in the file (first in row {first})",
    ),
    # monthly review
    "survey.figure.survey_rounds": ("本月调研轮次", "Survey rounds held"),
    "survey.figure.survey_responses": ("调研回答份数", "Survey responses"),
    "survey.figure.survey_q12_average": ("Q12 平均分", "Q12 average"),
    "survey.figure.survey_satisfaction_average": ("六要素满意度平均分", "Six-driver satisfaction average"),
    "survey.figure.survey_lowest_item": ("得分最低的题目", "Lowest-scoring item"),
    "survey.lowest_item": ("{code} {text}（{average:.2f}）", "{code} {text} ({average:.2f})"),
    "survey.sheet": ("调研结果", "Survey results"),
    "survey.column.held_on": ("调研日期", "Date"),
    "survey.column.round": ("调研名称", "Round"),
    "survey.column.kind": ("问卷", "Questionnaire"),
    "survey.column.scope": ("范围", "Scope"),
    "survey.column.anonymous": ("匿名", "Anonymous"),
    "survey.column.code": ("题号", "Item"),
    "survey.column.text": ("题目", "Text"),
    "survey.column.answers": ("回答人数", "Answers"),
    "survey.column.average": ("平均分", "Average"),
    "survey.column.importance": ("重要性平均分", "Average importance"),
    "survey.column.score": ("{score}分人数", "Scored {score}"),
    "survey.column.change": ("较上轮", "Change since last round"),
    "survey.yes": ("是", "Yes"),
    "survey.no": ("否", "No"),
    "survey.none_this_month": ("本月无调研", "No survey this month"),
    "survey.first_round": ("首轮，无对比", "First round: nothing to compare"),
    "survey.no_importance": ("Q12 不评重要性", "Q12 asks no importance"),
    "survey.too_few": (
        "匿名调研不足 {minimum} 份回答，不显示结果",
        "fewer than {minimum} anonymous responses: results not shown",
    ),
}
