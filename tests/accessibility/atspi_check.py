#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors

"""Drives Patient Reader over AT-SPI, as a screen reader would, and checks that
every focusable control on screen has a name, that Tab never traps the focus, that
the answer text can be read from the accessibility tree, and that the read-aloud
control can be found and pressed.

Run inside a private D-Bus session under X (see run-atspi-check.sh). No variable
that forces Qt's accessibility on is set: like Orca, the script turns the
desktop's "screen reader enabled" switch on (org.a11y.Status) before the app
starts, and Qt follows it.

Usage: atspi_check.py APP FAQPACK ENTRY_ID
Prints the measured figures; exit status 0 when every check passes."""

import os
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import GLib  # noqa: E402

import pyatspi  # noqa: E402

APP, FAQPACK, ENTRY = sys.argv[1], sys.argv[2], sys.argv[3]
TIMEOUT = 60
AUDIO = None
ANSWER_START = None
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message, flush=True)


def pump(seconds=0.0):
    """Lets AT-SPI events arrive for a while."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def wait_for(predicate, what, timeout=TIMEOUT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        pump(0.2)
    fail("timed out waiting for " + what)
    return None


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name in ("patient-reader", "Patient Reader"):
            return app
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def showing(node):
    s = states(node)
    return s is not None and s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)


def label_of(node):
    name = (node.name or "").strip()
    if name:
        return name
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None and (target.name or "").strip():
                        return target.name.strip()
    except Exception:
        pass
    return ""


def describe(node, path=False):
    try:
        text = "%s %r" % (node.getRoleName(), node.name)
        if path:
            parent = node.parent
            while parent is not None and parent.getRole() != pyatspi.ROLE_APPLICATION:
                text += " in %s %r" % (parent.getRoleName(), parent.name)
                parent = parent.parent
        return text
    except Exception:
        return "<gone>"


def set_screen_reader_enabled():
    subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                    "--object-path", "/org/a11y/bus", "--method",
                    "org.freedesktop.DBus.Properties.Set", "org.a11y.Status",
                    "ScreenReaderEnabled", "<true>"], check=True, stdout=subprocess.DEVNULL)


def main():
    set_screen_reader_enabled()
    home = tempfile.mkdtemp(prefix="pr-atspi-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/.config",
               XDG_DATA_HOME=home + "/.local/share")
    for forcing in ("QT_ACCESSIBILITY", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "QT_QPA_PLATFORM"):
        env.pop(forcing, None)
    env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    # The reader's own speech-dispatcher (started on demand by the app) writes its sound to a
    # file instead of a sound card, so the test can hear when reading starts.
    audio = os.path.join(home, "speech.raw")
    os.makedirs(os.path.join(home, ".config", "speech-dispatcher"))
    with open(os.path.join(home, ".config", "speech-dispatcher", "speechd.conf"), "w") as conf:
        conf.write('AudioOutputMethod "alsa"\nDefaultModule espeak-ng\n'
                   'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nTimeout 5\n')
    with open(os.path.join(home, ".asoundrc"), "w") as asound:
        asound.write('pcm.!default { type file; slave.pcm "null"; file "%s"; format "raw" }\n'
                     % audio)
    env.pop("XDG_RUNTIME_DIR", None)
    env["XDG_CACHE_HOME"] = home + "/.cache"
    global AUDIO
    AUDIO = audio
    shown = subprocess.run([FAQPACK, "show", ENTRY], capture_output=True, text=True,
                           check=True).stdout.split("\n\n")
    question = shown[0].strip()
    global ANSWER_START
    # The answer's first words, as plain text (no Markdown marks in them).
    ANSWER_START = " ".join(shown[1].split()[:5]).strip("*_#>")
    started = time.monotonic()
    app_process = subprocess.Popen([APP, "--open", ENTRY], env=env)
    try:
        check(question, started)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    print("checks failed: %d" % len(failures))
    return 1 if failures else 0


def check(question, started):
    app = wait_for(find_app, "the app on the accessibility bus")
    if app is None:
        return
    print("app on the bus after %.1f s" % (time.monotonic() - started), flush=True)

    # A first start shows the "Getting started" card: named, and closed with Enter as a
    # keyboard reader would.
    def welcome_card():
        for node in walk(app):
            try:
                if node.getRole() == pyatspi.ROLE_DIALOG and "Welcome" in (node.name or ""):
                    return node
            except Exception:
                continue
        return None

    card = wait_for(welcome_card, "the first-start card")
    if card is not None:
        print("first-start card shown: %r" % card.name, flush=True)
        subprocess.run(["xdotool", "key", "Return"])
        wait_for(lambda: welcome_card() is None, "the first-start card to close on Enter")

    # The answer text, readable from the tree (WebEngine's document).
    def answer_text():
        for node in walk(app):
            try:
                if node.getRole() in (pyatspi.ROLE_HEADING,) and question in (node.name or ""):
                    return node
                if node.getRole() == pyatspi.ROLE_HEADING:
                    text = node.queryText()
                    if question in text.getText(0, -1):
                        return node
            except Exception:
                continue
        return None

    heading = wait_for(answer_text, "the question %r as a heading in the tree" % question)
    if heading is not None:
        print("answer heading readable: %r" % question, flush=True)
        document = heading
        while document is not None and document.getRole() != pyatspi.ROLE_DOCUMENT_WEB:
            document = document.parent
        texts = []
        for node in walk(document):
            try:
                texts.append(node.queryText().getText(0, -1))
            except Exception:
                pass
            if node.name:
                texts.append(node.name)
        found = any(ANSWER_START in t for t in texts)
        print("answer text readable from the tree: %s (%r)" % (found, ANSWER_START), flush=True)
        if not found:
            fail("the answer's first words are not in the accessibility tree")

    # Every focusable control on screen has a name.
    unnamed = []
    focusable = 0
    for node in walk(app):
        s = states(node)
        if s is None or not s.contains(pyatspi.STATE_FOCUSABLE) or not showing(node):
            continue
        focusable += 1
        if not label_of(node):
            kids = []
            for i in range(min(node.childCount, 6)):
                kids.append(describe(node.getChildAtIndex(i)))
            unnamed.append(describe(node, True) + " with children: " + ", ".join(kids) +
                           " attributes: " + str(node.getAttributes()))
    print("focusable controls on screen: %d, unnamed: %d" % (focusable, len(unnamed)), flush=True)
    for u in unnamed:
        print("  unnamed:", u)
    if unnamed:
        fail("%d focusable controls have no name" % len(unnamed))

    # The read-aloud control: found, and pressed.
    def read_button():
        for node in walk(app):
            try:
                if node.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON) and \
                        node.name.replace("&", "") in ("Read aloud", "Pause reading", "Resume reading"):
                    return node
            except Exception:
                continue
        return None

    button = wait_for(read_button, "a 'Read aloud' button")
    if button is not None:
        wait_for(lambda: states(button).contains(pyatspi.STATE_ENABLED) or unavailable(app),
                 "the Read aloud button to be enabled (the voices are listed in the background) or to say why not", 90)
        reason = unavailable(app)
        if states(button).contains(pyatspi.STATE_ENABLED):
            pressed_at = time.monotonic()
            action = button.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("press", "click", "Press"):
                    action.doAction(i)
                    break
            else:
                action.doAction(0)
            reading = wait_for(lambda: button.name.replace("&", "") == "Pause reading" or
                               (os.path.exists(AUDIO) and os.path.getsize(AUDIO) > 0),
                               "reading to start after pressing Read aloud", 20)
            if reading:
                print("Read aloud pressed: reading after %.2f s" % (time.monotonic() - pressed_at))
            sound = wait_for(lambda: os.path.exists(AUDIO) and os.path.getsize(AUDIO) > 0,
                             "the first sound after pressing Read aloud", 20)
            if sound:
                print("first sound after %.2f s" % (time.monotonic() - pressed_at), flush=True)
            # Sound written to a file plays faster than real time: reading may be over already.
            for node in walk(app):
                try:
                    if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and \
                            node.name.replace("&", "") == "Stop reading" and \
                            states(node).contains(pyatspi.STATE_ENABLED):
                        node.queryAction().doAction(0)
                except Exception:
                    pass
            if not wait_for(lambda: button.name.replace("&", "") == "Read aloud",
                            "reading to stop", 30):
                fail("reading did not stop")
        else:
            print("Read aloud is unavailable here, and says so: %r" % reason)
            if not reason:
                fail("the Read aloud button is disabled without saying why")

    # Tab never traps: Tab moves the focus on, and comes round to where it started.
    focused = []

    def on_focus(event):
        if event.detail1 == 1:
            focused.append(event.source)

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    window_id = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                "Patient Reader"], capture_output=True, text=True).stdout.split()
    if window_id:
        # No window manager: the keyboard goes to the window under the pointer.
        subprocess.run(["xdotool", "mousemove", "--window", window_id[0], "5", "300"])
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id[0]],
                       stderr=subprocess.DEVNULL)
    pump(0.5)
    seen = []
    stuck = 0
    came_round = False
    for _ in range(120):
        before = len(focused)
        subprocess.run(["xdotool", "key", "Tab"])
        end = time.monotonic() + 3
        while len(focused) == before and time.monotonic() < end:
            pump(0.1)
        if len(focused) == before:
            stuck += 1
            if stuck >= 3:
                fail("Tab does not move the focus (trapped at %s)" %
                     (describe(seen[-1]) if seen else "the start"))
                break
            continue
        stuck = 0
        current = focused[-1]
        key = describe(current) + str(id(current))
        if seen and any(current == s for s in seen[:1]) and len(seen) > 3:
            came_round = True
            break
        seen.append(current)
    pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")
    names = []
    for s in seen:
        d = describe(s)
        if d not in names:
            names.append(d)
    print("Tab visited %d stops, %d distinct: %s" % (len(seen), len(names), "; ".join(names[:40])))
    if not came_round:
        fail("Tab did not come round to the first control in 120 presses")


def unavailable(app):
    for node in walk(app):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and "Read aloud is not available" in (node.name or ""):
                return node.name
        except Exception:
            continue
    return ""


if __name__ == "__main__":
    sys.exit(main())
