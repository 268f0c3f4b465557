"""Runs a command in a real pseudo-terminal and relays bytes: our stdin -> the terminal, the terminal -> our stdout.

Used by the end-to-end tests of the interactive mode (Node has no pty of its own without a native
addon). Usage: python3 pty-relay.py COLUMNS ROWS COMMAND [ARGS...]. Exits with the command's code;
on SIGTERM it kills the command and waits for it first. On SIGUSR1 it resizes the terminal to
PTY_RESIZE_TO ("COLUMNSxROWS"; the kernel then sends the command SIGWINCH). Writes no files.
"""
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios

cols, rows, argv = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)


def stop(_signum, _frame):
    """On SIGTERM (a test ending early) kill the command and wait for it, so it never outlives us."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass  # already gone and waited for
    os._exit(143)


signal.signal(signal.SIGTERM, stop)


def resize(_signum, _frame):
    """A window resize, as when the user drags the terminal's corner."""
    new_cols, new_rows = (int(n) for n in os.environ["PTY_RESIZE_TO"].split("x"))
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", new_rows, new_cols, 0, 0))


signal.signal(signal.SIGUSR1, resize)

fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
stdin_open = True
while True:
    watch = [fd] + ([0] if stdin_open else [])
    ready, _, _ = select.select(watch, [], [], 0.05)
    if fd in ready:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        os.write(1, data)
    if 0 in ready:
        data = os.read(0, 65536)
        if data:
            os.write(fd, data)
        else:
            stdin_open = False
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
