"""Text of reading office files and accounting for their columns: key: (Simplified
Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    # files
    "xlsx.encrypted": (
        "{path} 设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存一次，再导入。",
        "{path} is protected with a password and cannot be read. Open it in Excel or WPS, remove the password "
        "(File → Info → Protect Workbook → Encrypt with Password, clear it), save it again and import it.",
    ),
    "xlsx.hidden_not_read": (
        "（隐藏的工作表未读取：{sheets}。如需导入，请先取消隐藏。）",
        " (Hidden sheets were not read: {sheets}. Unhide one to import it.)",
    ),
    "xlsx.too_many_rows": (
        "{path} 超过 {limit} 行数据，一次导入不了这么多（一个中心的花名册或一年的谈话远少于此）。请按年份或班组拆分后分别导入。",
        "{path} has more than {limit} rows of data, more than one import takes (a center's roster or a year of "
        "talks is far less). Split it by year or team and import the parts.",
    ),
    "csv.bad_encoding": (
        "{path} 的文字编码无法识别（支持 UTF-8 和 GBK/GB18030）。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。",
        "The text encoding of {path} cannot be recognised (UTF-8 and GBK/GB18030 are read). Save it as .xlsx in "
        "Excel or WPS and import again.",
    ),
    "csv.unreadable": (
        "{path} 不是能读取的 CSV 文本文件。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。",
        "{path} is not a CSV text file that can be read. Save it as .xlsx in Excel or WPS and import again.",
    ),
    # values
    "value.year_only": ("“{value}”只有年份，不是完整日期", "'{value}' is a year, not a whole date"),
    "value.month_only": ("“{value}”只有年月，缺少日", "'{value}' is a month, not a whole date"),
    "value.implausible_date": (
        "{value} 不像是真实日期（应在 {earliest} 到 {latest} 之间）",
        "{value} does not look like a real date (expected between {earliest} and {latest})",
    ),
    "value.bad_phone": (
        "“{value}”不像是电话号码（应为 11 位手机号，或带区号的座机号）",
        "'{value}' does not look like a phone number (an 11-digit mobile, or a landline with its area code)",
    ),
    "import.more_problems": ("…以及另外 {count} 个问题", "… and {count} more problems"),
    # people, as a sheet names them (a talk ledger says so in its own words: talk_import.*)
    "import.unknown_number": (
        "花名册中没有工号 {employee_no}",
        "employee ID {employee_no} is not in the roster",
    ),
    "import.unknown_person": ("花名册中没有“{name}”", "'{name}' is not in the roster"),
    "import.ambiguous": (
        "花名册中有多位“{name}”（工号 {numbers}），请填写工号",
        "more than one '{name}' in the roster (IDs {numbers}): give the employee ID",
    ),
    "import.name_mismatch": (
        "工号 {employee_no} 在花名册中是“{roster_name}”，表中写的是“{name}”",
        "employee ID {employee_no} is '{roster_name}' in the roster, but the sheet says '{name}'",
    ),
    # columns
    "columns.unknown_field": (
        "没有名为“{name}”的字段。可用的字段：{choices}",
        "There is no field called '{name}'. The fields are: {choices}",
    ),
    "columns.bad_mapping": (
        "列对应“{text}”应写成 表头=字段，例如 谈话主要内容=工作开展情况",
        "The column mapping '{text}' should be HEADER=FIELD, e.g. 谈话主要内容=工作开展情况",
    ),
    "columns.sheet": (
        "读取 {path} 的工作表“{sheet}”，表头在第 {row} 行。",
        "Read the sheet '{sheet}' of {path}, header in row {row}.",
    ),
    "columns.read": ("读取的列：{columns}", "Columns read: {columns}"),
    "columns.ignored": (
        "未读取的列：{columns}（可用 --map 表头=字段 指定它们对应的字段）",
        "Columns ignored: {columns} (--map HEADER=FIELD reads one as a field)",
    ),
    "columns.second_copies": (
        "重复的列，只读了第一列：{columns}",
        "Columns repeated, only the first read: {columns}",
    ),
    "columns.hidden": ("隐藏的工作表未读取：{sheets}", "Hidden sheets not read: {sheets}"),
    "columns.ignored_hold_text": (
        "这一行没有可识别的谈话内容，文字都在未读取的列 {columns} 中：请用 --map 或在导入窗口中指定这些列对应的字段",
        "the row has no talk text the workbench reads: its text is in the ignored columns {columns}; "
        "map them to fields (--map, or in the import window)",
    ),
    # roster
    "roster_import.questions": (
        "{count} 行的工号是新的，但姓名和班组与一位不在文件中的员工相同，未导入：请确认是否同一人。",
        "{count} rows have a new employee ID under the name and team of someone the file leaves out, and were not "
        "imported: check whether they are the same person.",
    ),
    "roster_import.zeros_restored": (
        "第 {row} 行的工号 {number} 按花名册中的 {existing}（{name}）导入：Excel 去掉了前面的 0。",
        "Row {row}: employee ID {number} read as the roster's {existing} ({name}): Excel dropped the leading zeros.",
    ),
    "roster_import.same_person": (
        "第 {row} 行：新工号 {number}（{name}，{team}）与不在文件中的 {existing} 同名同组——同一人？未导入；"
        "若确是新员工，请加 --accept-new-ids 再导入。",
        "Row {row}: the new employee ID {number} ({name}, {team}) has the name and team of {existing}, whom the "
        "file leaves out. The same person? Not imported; if it is a new person, import again with --accept-new-ids.",
    ),
    "roster_import.accepted": (
        "第 {row} 行：新工号 {number}（{name}，{team}）按新员工导入（与 {existing} 同名同组）。",
        "Row {row}: the new employee ID {number} ({name}, {team}) added as a new person (same name and team as "
        "{existing}).",
    ),
}
