#!/usr/bin/python3
"""The accessibility audit held against what a screen reader gets (issue 18).

Starts `atelier` on a demo database on a real X server (Xvfb) with the AT-SPI accessibility bus (the one Orca
reads on Linux), and for each page reads through AT-SPI (python3-pyatspi) the names and roles of the controls on
screen and what Tab reaches, in order; then compares them with what `atelier accessibility audit --page P --format
json` reports (its `controls` and `tab_order`, walked through QAccessible and the focus chain).

    tests/accessibility/atspi_check.py --atelier build/bin/atelier [--database URL] [--pages a,b] [--verbose]

Exit 0: AT-SPI agrees with the audit on every page; 1: it does not (the differences are printed); 77: the X server
or the accessibility bus could not start here (ctest counts it as skipped), with the reason.
It re-runs itself under `xvfb-run` and `dbus-run-session` (a private session bus, which starts the a11y bus).
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77

# Qt's QAccessible::Role names (what the audit reports) → AT-SPI role names (what Qt's bridge gives).
ROLES = {
    "Button": "push button",
    "ButtonMenu": "push button",
    "ButtonDropDown": "push button",
    "CheckBox": "check box",
    "RadioButton": "radio button",
    "ComboBox": "combo box",
    "EditableText": "text",
    "SpinBox": "spin button",
    "Slider": "slider",
    "PageTab": "page tab",
    "List": "list",
    "Table": "table",
    "Tree": "tree",
    "PageTabList": "page tab list",
    "Border": "frame",  # a focusable QFrame (the overview's KPI cards)
    "Client": "filler",  # a focusable plain widget (a chart)
}
# The controls whose names are compared: what the audit's control-name rule checks.
INTERACTIVE = {"push button", "check box", "radio button", "combo box", "text", "spin button", "slider", "page tab", "list",
               "table", "tree", "toggle button", "tree table", "entry"}
# A focused part of a control (a table's cell, a combo box's line edit) stands for the control.
CONTAINERS = {"table", "tree", "tree table", "list", "combo box", "spin button", "page tab list"}


def log(*args):
    print(*args, flush=True)


def outer(args):
    """Re-runs this script on a private X server and session bus."""
    missing = [tool for tool in ("xvfb-run", "dbus-run-session") if not shutil.which(tool)]
    if missing:
        log("SKIP: cannot start an X server and a session bus here: %s not installed (packages xvfb, dbus)." % ", ".join(missing))
        return SKIP
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        log("SKIP: the AT-SPI bus launcher is not installed (package at-spi2-core).")
        return SKIP
    try:
        import pyatspi  # noqa: F401
    except ImportError as e:
        log("SKIP: python3-pyatspi is missing (%s): scripts/install-deps.sh installs it." % e)
        return SKIP
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "dbus-run-session", "--", sys.executable, os.path.abspath(__file__),
           "--inner"] + sys.argv[1:]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # dbus-daemon's and the registry's chatter about fd limits is noise; everything else is shown.
    noise = ("Failed to set fd limit", "Activating service", "Successfully activated", "SpiRegistry daemon", "XDG_RUNTIME_DIR")
    for line in p.stdout.splitlines():
        if not any(n in line for n in noise):
            print(line)
    return p.returncode


class Reader:
    """The AT-SPI side: the application's tree and where the focus goes."""

    def __init__(self, pyatspi):
        self.pyatspi = pyatspi
        self.focused = []
        from gi.repository import GLib

        self.context = GLib.MainContext.default()
        pyatspi.Registry.registerEventListener(self.on_focus, "object:state-changed:focused")

    def on_focus(self, event):
        if event.detail1 == 1:
            self.focused.append(event.source)

    def pump(self, seconds):
        end = time.time() + seconds
        while time.time() < end:
            while self.context.pending():
                self.context.iteration(False)
            time.sleep(0.01)

    def dialogs(self, pid):
        """What the process's dialogs say (an alert in the way of its window)."""
        said = []
        for app in self.pyatspi.Registry.getDesktop(0):
            try:
                if app is None or app.get_process_id() != pid:
                    continue
                for child in app:
                    if self.role(child) in ("alert", "dialog"):
                        def texts(o, depth=0):
                            if o is None or depth > 10:
                                return
                            if self.role(o) == "label" and o.name:
                                said.append(o.name)
                            for c in o:
                                texts(c, depth + 1)
                        texts(child)
            except Exception:
                pass
        return " / ".join(said)

    def window(self, pid, timeout=90):
        """The main window (frame) of the process \a pid, once it shows."""
        end = time.time() + timeout
        while time.time() < end:
            desktop = self.pyatspi.Registry.getDesktop(0)
            for app in desktop:
                try:
                    if app is not None and app.get_process_id() == pid:
                        for child in app:
                            if self.role(child) == "frame" and self.showing(child) and child.childCount > 0:
                                return child
                except Exception:
                    pass
            self.pump(0.3)
        return None

    @staticmethod
    def role(o):
        try:
            return o.getRoleName()
        except Exception:
            return ""

    def showing(self, o):
        try:
            return o.getState().contains(self.pyatspi.STATE_SHOWING)
        except Exception:
            return False

    def controls(self, frame):
        """(role, name) of every interactive control on screen."""
        found = []

        def walk(o, depth):
            if depth > 40 or o is None or not self.showing(o):
                return
            role = self.role(o)
            if normal(role) in INTERACTIVE and depth > 0:
                found.append((normal(role), (o.name or "").strip()))
            if role in ("table", "tree", "tree table", "list", "menu bar", "menu"):
                return  # their rows, cells and items are content (the audit names the view); menus are not on screen
            for child in o:
                walk(child, depth + 1)

        walk(frame, 0)
        return found

    def count(self, o, depth=0):
        if o is None or depth > 40:
            return 0
        return 1 + sum(self.count(c, depth + 1) for c in o)

    def settle(self, frame, timeout=30):
        """Waits until the tree stops changing (the page's data loaded): the same size twice, 1 s apart."""
        last = -1
        end = time.time() + timeout
        while time.time() < end:
            n = self.count(frame)
            if n == last:
                return n
            last = n
            self.pump(1.0)
        return last

    def control_of(self, o):
        """A focused part stands for its control: a table's cell for the table, a combo box's editor for the box."""
        best = o
        p = o
        for _ in range(4):
            try:
                p = p.parent
            except Exception:
                break
            if p is None:
                break
            if self.role(p) in CONTAINERS:
                best = p
        return best

    def key(self, keysym, modifiers=()):
        reg = self.pyatspi.Registry
        for m in modifiers:
            reg.generateKeyboardEvent(m, None, self.pyatspi.KEY_PRESS)
        reg.generateKeyboardEvent(keysym, None, self.pyatspi.KEY_SYM)
        for m in reversed(modifiers):
            reg.generateKeyboardEvent(m, None, self.pyatspi.KEY_RELEASE)

    def find(self, frame, role, name):
        """The first control on screen with \a role and \a name."""
        def walk(o, depth):
            if depth > 40 or o is None or not self.showing(o):
                return None
            if normal(self.role(o)) == role and (o.name or "").strip() == name:
                return o
            for child in o:
                hit = walk(child, depth + 1)
                if hit is not None:
                    return hit
            return None
        return walk(frame, 0)

    def focus_window(self, pid):
        """Gives the X keyboard focus to the process's window. Without a window manager nobody does, and Qt drops the
        keys that reach a window it was not told has the focus (a FocusIn that is not the pointer's)."""
        import ctypes
        import ctypes.util

        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XInternAtom.restype = ctypes.c_ulong
        x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x11.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)), ctypes.POINTER(ctypes.c_uint)]
        x11.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
                                           ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
                                           ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                                           ctypes.POINTER(ctypes.c_void_p)]
        x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
        x11.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XFree.argtypes = [ctypes.c_void_p]
        class Attributes(ctypes.Structure):
            _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                        ("root", ctypes.c_ulong), ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                        ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                        ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]
        x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(Attributes)]

        display = x11.XOpenDisplay(None)
        if not display:
            return False
        try:
            root = x11.XDefaultRootWindow(display)
            net_wm_pid = x11.XInternAtom(display, b"_NET_WM_PID", 0)
            root_ret, parent_ret = ctypes.c_ulong(), ctypes.c_ulong()
            children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
            x11.XQueryTree(display, root, ctypes.byref(root_ret), ctypes.byref(parent_ret), ctypes.byref(children), ctypes.byref(count))
            best, area = None, 0
            for i in range(count.value):
                w = children[i]
                kind, fmt, n, after = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
                data = ctypes.c_void_p()
                if x11.XGetWindowProperty(display, w, net_wm_pid, 0, 1, 0, 6, ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(n),
                                          ctypes.byref(after), ctypes.byref(data)) != 0 or not data.value:
                    continue
                owner = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if n.value else None
                x11.XFree(data)
                attributes = Attributes()
                x11.XGetWindowAttributes(display, w, ctypes.byref(attributes))
                if owner == pid and attributes.map_state == 2 and attributes.width * attributes.height > area:  # IsViewable
                    best, area = w, attributes.width * attributes.height
            if children:
                x11.XFree(children)
            if best is None:
                return False
            x11.XRaiseWindow(display, best)
            x11.XSetInputFocus(display, best, 2, 0)  # RevertToParent, CurrentTime
            x11.XFlush(display)
            return True
        finally:
            x11.XCloseDisplay(display)

    def press_tab(self):
        """Presses Tab; the control that got the focus ((role, name)), or None when no focus moved."""
        self.focused.clear()
        self.key(0xFF09)  # Tab's keysym
        self.pump(0.2)
        if not self.focused:
            self.pump(0.3)
        if not self.focused:
            return None
        o = self.control_of(self.focused[-1])
        return (normal(self.role(o)), (o.name or "").strip())

    def tab_cycle(self, start, stops):
        """Gives \\a start the focus (through AT-SPI; where that does not take, a list or a combo box, with Tab as a keyboard
        user would), then presses Tab until the focus has moved \\a stops times: the controls that got it, in order
        ((role, name)), \\a start first. A control that keeps several presses for its parts (a date edit's sections)
        counts once. A focus that never leaves a control shows as fewer stops than the audit's."""
        first = (normal(self.role(start)), (start.name or "").strip())
        self.focused.clear()
        start.queryComponent().grabFocus()
        self.pump(0.5)
        took = any(self.control_of(o) is not None and (normal(self.role(self.control_of(o))), (self.control_of(o).name or "").strip()) == first
                   for o in self.focused)
        for _ in range(0 if took else stops * 3 + 10):
            if self.press_tab() == first:
                break
        order = [first]
        presses = 0
        while len(order) <= stops and presses < stops * 14 + 40:
            here = self.press_tab()
            presses += 1
            if here is not None and here != order[-1]:
                order.append(here)
        return order


def normal(role):
    """AT-SPI says "password text" for a line edit that hides what is typed; the audit's role is the line edit's."""
    return "text" if role == "password text" else role


def pages_of(atelier, database, env):
    """The console's pages, as `atelier accessibility audit` names them when refusing an unknown one (the pages, then
    main-window and the dialogs)."""
    p = subprocess.run([atelier, "accessibility", "audit", "--page", "?", "--database", database, "--language", "en"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=dict(env, QT_QPA_PLATFORM="offscreen"))
    marker = "the pages are "
    if marker not in p.stdout:
        raise RuntimeError("atelier accessibility audit named no pages:\n" + p.stdout)
    names = [n.strip() for n in p.stdout.split(marker, 1)[1].strip().rstrip(".").split(",")]
    return names[:names.index("main-window")] if "main-window" in names else names


def audit(atelier, database, page, env):
    p = subprocess.run([atelier, "accessibility", "audit", "--page", page, "--format", "json", "--database", database],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(env, QT_QPA_PLATFORM="offscreen"))
    if p.returncode != 0:
        raise RuntimeError("atelier accessibility audit --page %s failed (%d): %s" % (page, p.returncode, p.stderr.strip()))
    return {r["page"]: r for r in json.loads(p.stdout)["reports"]}


def cycle_compare(expected, got):
    """Whether \a got (from the audit's first stop) goes round the window as \a expected does, and back; where they part."""
    n = len(expected)
    for i in range(n):
        if i >= len(got):
            return False, "after %d agreeing stops the audit goes on to %r; through AT-SPI the focus moved no further" % (i, expected[i])
        if got[i] != expected[i]:
            return False, "after %d agreeing stops the audit has %r, AT-SPI %r" % (i, expected[i], got[i])
    if len(got) > n and got[n] != expected[0]:
        return False, "after the audit's %d stops AT-SPI goes on to %r instead of back to %r" % (n, got[n], expected[0])
    return True, ""


def inner(args):
    try:
        import pyatspi
    except ImportError as e:
        log("SKIP: python3-pyatspi: %s" % e)
        return SKIP
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", LC_ALL="C.UTF-8", LANGUAGE="en")
    env.pop("QT_QPA_PLATFORM", None)
    home = tempfile.mkdtemp(prefix="atspi-check-")
    env["HOME"] = home  # the console's settings start empty: English, light, first page
    env["XDG_CONFIG_HOME"] = os.path.join(home, ".config")
    env["XDG_DATA_HOME"] = os.path.join(home, ".local/share")
    database = args.database
    if not database:
        database = "sqlite://" + os.path.join(home, "demo.db")
        p = subprocess.run([args.atelier, "demo", "--database", database, "--events", "3000"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, env=dict(env, QT_QPA_PLATFORM="offscreen"))
        if p.returncode != 0:
            log("FAIL: the demo database: " + p.stdout)
            return 1
    else:
        # A database behind the binary's schema opens on a question; the check reads the console, not the question.
        p = subprocess.run([args.atelier, "migrate", "--database", database], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, env=dict(env, QT_QPA_PLATFORM="offscreen"))
        if p.returncode != 0:
            log("FAIL: atelier migrate --database %s: %s" % (database, p.stdout.strip()))
            return 1
    try:
        reader = Reader(pyatspi)
        pyatspi.Registry.getDesktop(0).childCount
    except Exception as e:
        log("SKIP: the AT-SPI bus did not answer: %s" % e)
        return SKIP

    pages = args.pages.split(",") if args.pages else pages_of(args.atelier, database, env)
    problems = 0
    shell = None
    for page in pages:
        try:
            reports = audit(args.atelier, database, page, env)
            if shell is None:
                shell = audit(args.atelier, database, "main-window", env)["main-window"]
        except Exception as e:
            log("FAIL %s: %s" % (page, e))
            problems += 1
            continue
        mine = reports[page]
        app_env = dict(env)
        proc = subprocess.Popen([args.atelier, "--database", database, "--page", page], env=app_env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            frame = reader.window(proc.pid, timeout=120)
            if frame is None:
                if page == pages[0]:
                    said = reader.dialogs(proc.pid)
                    if said:
                        log("FAIL %s: a dialog stands in the way of atelier's window: %s" % (page, said))
                        return 1
                    log("SKIP: atelier's window (pid %d) never appeared on the accessibility bus: is Qt's AT-SPI bridge on? %s" % (
                        proc.pid, proc.stdout.read() if proc.poll() is not None else "(still running)"))
                    return SKIP
                log("FAIL %s: atelier's window never appeared on the accessibility bus within 2 minutes %s" % (
                    page, reader.dialogs(proc.pid)))
                problems += 1
                continue
            nodes = reader.settle(frame)
            # Names: what a screen reader finds on screen, against the page's and the window's frame's controls.
            got = collections.Counter(reader.controls(frame))
            # The controls the audit names, and the other widgets Tab reaches (a read-only text view) that AT-SPI
            # lists as controls too.
            expected = collections.Counter()
            for c in mine["controls"] + shell["controls"]:
                expected[(normal(ROLES.get(c["role"], c["role"])), c["name"])] += 1
            for c in mine["tab_order"]:
                key = (normal(ROLES.get(c["role"], c["role"])), c["name"])
                if key[0] in INTERACTIVE and key not in expected:
                    expected[key] += 1
            only_audit = expected - got
            only_atspi = got - expected
            names_ok = not only_audit and not only_atspi
            # Tab: round the window, in the audit's order, from the page's first control (given the focus through AT-SPI).
            want = [(ROLES.get(c["role"], c["role"]), c["name"]) for c in mine["tab_order"]]
            tab_ok, why, order = True, "", []  # a page with no Tab stop of its own: nothing to walk
            if want:
                start = reader.find(frame, want[0][0], want[0][1])
                if start is None:
                    tab_ok, why = False, "the audit's first Tab stop %r is not on screen through AT-SPI" % (want[0],)
                else:
                    # The X keyboard focus first (Qt then restores its own focus widget), then the audit's first stop.
                    if not reader.focus_window(proc.pid):
                        log("SKIP: could not give atelier's X window the keyboard focus (no window with _NET_WM_PID %d)" % proc.pid)
                        return SKIP
                    reader.pump(1.0)
                    order = reader.tab_cycle(start, len(want))
                    tab_ok, why = cycle_compare(want, order)
            status = "ok" if names_ok and tab_ok else "DIFFERENT"
            log("%-14s %s: %d AT-SPI nodes, %d controls (audit %d), Tab stops %d" % (
                page, status, nodes, sum(got.values()), sum(expected.values()), len(want)))
            if not names_ok:
                for (role, name), n in sorted(only_audit.items()):
                    log("    only in the audit: %s %r ×%d" % (role, name, n))
                for (role, name), n in sorted(only_atspi.items()):
                    log("    only through AT-SPI: %s %r ×%d" % (role, name, n))
            if not tab_ok:
                log("    Tab order: " + why)
                if args.verbose:
                    log("    audit:  " + json.dumps(want, ensure_ascii=False))
                    log("    AT-SPI: " + json.dumps(order, ensure_ascii=False))
            problems += 0 if status == "ok" else 1
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    shutil.rmtree(home, ignore_errors=True)
    log("AT-SPI agrees with the audit on %d of %d pages." % (len(pages) - problems, len(pages)))
    return 0 if problems == 0 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--atelier", required=True)
    parser.add_argument("--database")
    parser.add_argument("--pages")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.atelier = os.path.abspath(args.atelier)
    return inner(args) if args.inner else outer(args)


if __name__ == "__main__":
    sys.exit(main())
