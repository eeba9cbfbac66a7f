"""Two kinds of failure: a problem the user can fix, and everything else (a bug)."""


class UserError(Exception):
    """A problem the person can act on: a bad file, an unusable database, a duplicate 工号.

    The message is already in the user's language. The CLI prints it and exits 2;
    the GUI shows it in a dialog. Anything that is not a UserError is a bug.
    """


class Cancelled(Exception):
    """Raised inside long work when the user asked to stop it."""


class ConnectionLost(UserError):
    """The center's server cannot be reached: the transaction was not committed, nothing
    was written; the window keeps what was typed and tries again."""


class LoginRefused(UserError):
    """The center's server wants a password, or the one given was wrong."""


class NotAllowed(UserError):
    """The center's server refused a write that its row policies do not give this login;
    nothing was written."""
