"""Text of a center's shared server: logins, access, connection trouble: key: (Simplified Chinese, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    "center.not_postgres": (
        "{url} 不是 PostgreSQL 服务器上的数据库：中心数据库需要 PostgreSQL。",
        "{url} is not a database on a PostgreSQL server: a center's database needs PostgreSQL.",
    ),
    "center.bad_login": (
        "登录名“{login}”不可用：请用小写英文字母、数字和下划线，以字母开头，最多 63 个字符。",
        "The login “{login}” cannot be used: lower-case letters, digits and underscores, starting with a letter, "
        "at most 63 characters.",
    ),
    "center.short_password": ("密码至少需要 8 个字符。", "A password needs at least 8 characters."),
    "center.no_such_employee": ("花名册中没有工号 {employee_no}。", "No one in the roster has 工号 {employee_no}."),
    "center.employee_left": (
        "{name}（工号 {employee_no}）已离职，不能登录。",
        "{name} (工号 {employee_no}) has left and cannot log in.",
    ),
    "center.no_such_login": ("没有登录名“{login}”。", "There is no login “{login}”."),
    "center.login_taken": ("登录名“{login}”已被使用。", "The login “{login}” is taken."),
    "center.employee_has_login": (
        "{name} 已有登录名“{login}”。",
        "{name} already logs in as “{login}”.",
    ),
    "center.access_needed": (
        "{name} 的岗位是“{role}”，请指明其权限：leader（组长）、assistant_manager（助理经理）或 manager（经理）。",
        "{name}'s role is “{role}”: say what they may see: leader, assistant_manager or manager.",
    ),
    "center.bad_access": (
        "没有“{access}”这种权限；可选：{choices}。",
        "No access “{access}”; choose one of {choices}.",
    ),
    "center.no_such_team": ("没有这些班组：{teams}。", "No such teams: {teams}."),
    "center.access.leader": ("组长", "Team leader"),
    "center.access.assistant_manager": ("助理经理", "Assistant manager"),
    "center.access.manager": ("经理", "Manager"),
    "center.disabled": ("已停用", "disabled"),
    "center.initialised": (
        "中心数据库已就绪：{url}（结构版本 {revision}），登录角色与行级权限已设置。",
        "The center's database is ready: {url} (schema {revision}), with its login roles and row policies.",
    ),
    "center.password_prompt": ("{login} 的密码：", "Password for {login}: "),
    "center.password_again": ("再输入一次：", "Again: "),
    "center.passwords_differ": ("两次输入的密码不一致。", "The two passwords differ."),
    "center.login_line": (
        "{login}\t{name}（{employee_no}）\t{access}{teams}{disabled}",
        "{login}\t{name} ({employee_no})\t{access}{teams}{disabled}",
    ),
    "center.connection_lost": (
        "与中心数据库的连接已断开，没有保存任何内容。请检查网络，连接恢复后再试。",
        "The connection to the center's database was lost; nothing was saved. Check the network and try again "
        "once it is back.",
    ),
    "center.login_failed": (
        "无法以“{login}”登录中心数据库：用户名或密码不对，或此登录已停用。",
        "Could not log in to the center's database as “{login}”: wrong name or password, or the login is disabled.",
    ),
    "center.refused": (
        "中心数据库拒绝了这次操作：这不在您的权限之内。没有保存任何内容。",
        "The center's database refused this: it is outside what you may change. Nothing was saved.",
    ),
    "center.busy": (
        "中心数据库正忙（有人长时间占用了要用的数据），这次没有保存或读取任何内容。请稍后再试；一直如此请告诉管理员。",
        "The center's database is busy (someone holds what this needs); nothing was saved or read this time. Try "
        "again shortly, and tell the administrator if it lasts.",
    ),
    "center.needs_init": (
        "中心数据库的结构（版本 {revision}）比本程序旧，需要由中心的管理员运行 workbench server init 升级。",
        "The center's database (schema {revision}) is older than this program: the center's administrator needs "
        "to run workbench server init.",
    ),
    "center.not_your_login": (
        "在中心数据库里，您是谁由登录名决定，不能改选其他人。",
        "On a center's database who you are is set by your login; you cannot pick someone else.",
    ),
    "center.superuser_owner": (
        "中心数据库的所有者是超级用户。请改用一个普通角色（带 CREATEROLE 权限，需要停用登录时再授予 pg_signal_backend）"
        "作为数据库所有者；确需使用超级用户时加 --allow-superuser-owner。",
        "The center's database is owned by a superuser. Make an ordinary role with CREATEROLE (and pg_signal_backend, "
        "to end the sessions of a disabled login) its owner instead, or add --allow-superuser-owner if you must.",
    ),
    "center.owner_needs_createrole": (
        "数据库所有者需要 CREATEROLE 权限才能为每个人建立登录：请以 postgres 执行 ALTER ROLE 所有者 CREATEROLE。",
        "The database's owner needs CREATEROLE to make everyone's login: as postgres, run ALTER ROLE <owner> "
        "CREATEROLE.",
    ),
    "center.public_schema_open": (
        "任何人都能在 public 模式中建立对象。请以 postgres 执行 REVOKE CREATE ON SCHEMA public FROM PUBLIC 后再运行。",
        "Anyone may create objects in the public schema. As postgres, run REVOKE CREATE ON SCHEMA public FROM PUBLIC, "
        "then run this again.",
    ),
    "center.role_not_a_login": (
        "服务器上已有名为“{login}”的角色，它不是工作台的登录（或带有其他权限），不能接管。请另选登录名。",
        "The server already has a role “{login}” that is not a workbench login (or has rights of its own); it "
        "cannot be taken over. Choose another login name.",
    ),
    "center.cannot_end_sessions": (
        "没有停用“{login}”：数据库所有者无权结束其他会话，停用后已打开的会话仍会继续。请以 postgres 执行 "
        "GRANT pg_signal_backend TO 所有者，然后再试。",
        "“{login}” was not disabled: the database's owner may not end other sessions, so open ones would go on. As "
        "postgres, run GRANT pg_signal_backend TO <owner>, then try again.",
    ),
}
