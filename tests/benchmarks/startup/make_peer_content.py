#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
"""Content for the peers of the start-up benchmark, made from the bundled pack.

Every peer shows the same page as the floor: the first answer of
resources/packs/ketamine-faq-en (question as h1, answer paragraphs), with the floor page's own
stylesheet (floor-page.html; text colour #1d1d1b, the colour the benchmark looks for), in each
peer's own format:

  OUT/page/index.html                     the page itself
  OUT/kiwix/patient-faq.zim               Kiwix desktop (zimwriterfs, zim-tools)
  OUT/assistant/patient-faq.qch, .qhc     Qt Assistant (qhelpgenerator, Qt 6 tools)
  OUT/zeal/PatientFAQ.docset/             Zeal (a Dash docset: Info.plist, sqlite index, page)

A format whose tool is missing is left out with a message naming the package; the others are
still made. Usage: make_peer_content.py REPO-DIR OUT-DIR
"""
import html
import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import zlib

PACK = "resources/packs/ketamine-faq-en"
HERE = os.path.dirname(os.path.abspath(__file__))
QHELPGENERATOR = ["/usr/lib/qt6/libexec/qhelpgenerator", "/usr/lib/qt6/bin/qhelpgenerator"]
NAMESPACE = "org.patientreader.faq"
DOCSET = "PatientFAQ"


def first_answer(repo):
    """The pack's first entry: (question, [paragraph, ...]) from its Markdown answer."""
    pack = os.path.join(repo, PACK)
    with open(os.path.join(pack, "entries.json"), encoding="utf-8") as f:
        entry = json.load(f)["entries"][0]
    with open(os.path.join(pack, entry["answer"]), encoding="utf-8") as f:
        markdown = f.read()
    # The first answer is plain prose: paragraphs separated by blank lines, no markup.
    if re.search(r"[*_`#\[\]<>]", markdown):
        sys.exit(f"make_peer_content: {entry['answer']} has Markdown markup; this script only "
                 "copies plain paragraphs")
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", markdown) if p.strip()]
    return entry["question"], paragraphs


def floor_style():
    """The floor page's stylesheet, so that every page looks the same and has the same colour."""
    with open(os.path.join(HERE, "floor-page.html"), encoding="utf-8") as f:
        page = f.read()
    return re.search(r"<style>\n(.*?)</style>", page, re.S).group(1)


def floor_text():
    with open(os.path.join(HERE, "floor-page.html"), encoding="utf-8") as f:
        body = re.search(r"<body>(.*)</body>", f.read(), re.S).group(1)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def write_page(folder, question, paragraphs):
    os.makedirs(folder, exist_ok=True)
    # body repeats the colours of html: Qt Assistant's text browser styles body, not html.
    style = floor_style() + "body { background: #fdfcf9; color: #1d1d1b; }\n"
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    page = (f'<!DOCTYPE html>\n<html lang="en" class="light">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(question)}</title>\n<style>\n{style}</style>\n</head>\n"
            f"<body>\n<h1>{html.escape(question)}</h1>\n{body}</body>\n</html>\n")
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)
    text = " ".join([question] + paragraphs)
    if " ".join(text.split()) != floor_text():
        print("make_peer_content: note: floor-page.html's text differs from the pack's first "
              "answer", file=sys.stderr)
    return page


def png(width, height, rgb):
    """A plain PNG of one colour (Kiwix wants a 48x48 illustration in every zim)."""
    raw = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def missing(tool, package):
    print(f"make_peer_content: {tool} not found (Debian package {package}); skipped",
          file=sys.stderr)


def run(command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def make_zim(out, page_dir, question):
    if not shutil.which("zimwriterfs"):
        return missing("zimwriterfs", "zim-tools")
    src = os.path.join(out, "kiwix", "src")
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(page_dir, src)
    with open(os.path.join(src, "illustration.png"), "wb") as f:
        f.write(png(48, 48, (0x1d, 0x4f, 0x91)))
    zim = os.path.join(out, "kiwix", "patient-faq.zim")
    if os.path.exists(zim):
        os.remove(zim)
    run(["zimwriterfs", "--welcome=index.html", "--illustration=illustration.png",
         "--language=eng", f"--title={question}", "--description=Patient Reader benchmark page",
         "--creator=Patient Reader contributors", "--publisher=Patient Reader contributors",
         "--name=patient-faq", "--withoutFTIndex", src, zim])
    shutil.rmtree(src)


def make_qch(out, page_dir, question):
    generator = next((p for p in QHELPGENERATOR if os.path.exists(p)), None)
    if not generator:
        return missing("qhelpgenerator", "qt6-documentation-tools")
    folder = os.path.join(out, "assistant")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(page_dir, folder)
    title = html.escape(question, quote=True)
    with open(os.path.join(folder, "patient-faq.qhp"), "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<QtHelpProject version="1.0">
  <namespace>{NAMESPACE}</namespace>
  <virtualFolder>doc</virtualFolder>
  <filterSection>
    <toc><section title="{title}" ref="index.html"/></toc>
    <keywords><keyword name="{title}" id="what-is" ref="index.html"/></keywords>
    <files><file>index.html</file></files>
  </filterSection>
</QtHelpProject>
""")
    with open(os.path.join(folder, "patient-faq.qhcp"), "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<QHelpCollectionProject version="1.0">
  <assistant>
    <title>Patient FAQ</title>
    <startPage>qthelp://{NAMESPACE}/doc/index.html</startPage>
    <homePage>qthelp://{NAMESPACE}/doc/index.html</homePage>
    <enableDocumentationManager>false</enableDocumentationManager>
    <enableAddressBar>false</enableAddressBar>
    <enableFilterFunctionality>false</enableFilterFunctionality>
  </assistant>
  <docFiles>
    <generate><file><input>patient-faq.qhp</input><output>patient-faq.qch</output></file></generate>
    <register><file>patient-faq.qch</file></register>
  </docFiles>
</QHelpCollectionProject>
""")
    run([generator, os.path.join(folder, "patient-faq.qhcp"), "-o",
         os.path.join(folder, "patient-faq.qhc")])


def make_docset(out, page_dir, question):
    docset = os.path.join(out, "zeal", DOCSET + ".docset")
    shutil.rmtree(docset, ignore_errors=True)
    contents = os.path.join(docset, "Contents")
    shutil.copytree(page_dir, os.path.join(contents, "Resources", "Documents"))
    with open(os.path.join(contents, "Info.plist"), "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key><string>patientfaq</string>
  <key>CFBundleName</key><string>Patient FAQ</string>
  <key>DocSetPlatformFamily</key><string>patientfaq</string>
  <key>isDashDocset</key><true/>
  <key>dashIndexFilePath</key><string>index.html</string>
</dict>
</plist>
""")
    db = sqlite3.connect(os.path.join(contents, "Resources", "docSet.dsidx"))
    db.execute("CREATE TABLE searchIndex(id INTEGER PRIMARY KEY, name TEXT, type TEXT, path TEXT)")
    db.execute("CREATE UNIQUE INDEX anchor ON searchIndex (name, type, path)")
    db.execute("INSERT INTO searchIndex(name, type, path) VALUES (?, 'Guide', 'index.html')",
               (question,))
    db.commit()
    db.close()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_peer_content.py REPO-DIR OUT-DIR")
    repo, out = (os.path.abspath(a) for a in sys.argv[1:])
    question, paragraphs = first_answer(repo)
    page_dir = os.path.join(out, "page")
    write_page(page_dir, question, paragraphs)
    make_zim(out, page_dir, question)
    make_qch(out, page_dir, question)
    make_docset(out, page_dir, question)


if __name__ == "__main__":
    main()
