"""One window per database: the second start wakes the first; a crashed start's lock is taken over."""

import signal
import subprocess
import sys

from ui.single_instance import SingleInstance
from workbench.paths import data_dir


def test_a_second_start_on_the_same_database_wakes_the_first(qtbot, tmp_path):
    first = SingleInstance(str(tmp_path / "workbench.sqlite3"))
    assert first.acquire()
    with qtbot.waitSignal(first.activated, timeout=5000):
        # The same file named another way, as a shortcut on the desktop might.
        assert not SingleInstance(str(tmp_path / "." / "workbench.sqlite3")).acquire()
    assert SingleInstance(str(tmp_path / "another.sqlite3")).acquire()  # another database: its own window
    first.release()
    assert SingleInstance(str(tmp_path / "workbench.sqlite3")).acquire()  # free once the first has quit


def test_the_lock_of_a_start_that_crashed_is_taken_over(tmp_path):
    instance = SingleInstance(str(tmp_path / "workbench.sqlite3"))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1])\n"
            "assert lock.tryLock(1000)\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",  # holds the lock until killed
            instance.lock.fileName(),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    assert not instance.lock.tryLock(0)  # held while that process lives
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    holder.stdout.close()
    holder.stdin.close()
    assert (data_dir() / f"{instance.name}.lock").exists()  # left behind by the crash
    assert instance.acquire()
    instance.release()
