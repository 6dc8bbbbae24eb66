#!/usr/bin/python3
"""Makes the PDF and image fixtures of tests/Fixtures/PdfOcr from the circular texts in source/.

Text PDFs: each source is laid out as a letter (HTML, A4, justified, soft hyphens in long words so that lines end in a
hyphen) and printed with headless Chromium; a circular of more than one page gets a running head and a page footer.
Scans: pages rendered with poppler's pdftoppm, turned slightly and given paper noise with Pillow, saved as PNG, JPEG or
an image-only PDF. Bad PDFs: a password-protected copy (qpdf), a truncated one, and a small deflate bomb.
Needs Debian's chromium, poppler-utils, qpdf and python3-pil. Deterministic apart from Chromium's own PDF metadata.
Run from anywhere: /usr/bin/python3 tests/Fixtures/PdfOcr/make_fixtures.py
"""
import html
import json
import os
import random
import re
import subprocess
import tempfile
import zlib

from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "source")

# name -> (source, running head on every page)
TEXT_PDFS = {
    "batanghari-se-netralitas": ("batanghari-se-netralitas", False),
    "muratara-se-media-sosial": ("muratara-se-media-sosial", True),
}
# name -> (source, kind, rotation in degrees, noise strength)
SCANS = {
    "batanghari-se-netralitas-scan": ("batanghari-se-netralitas", "png", -0.6, 18),
    "oku-timur-se-kepala-desa-photo": ("oku-timur-se-kepala-desa", "jpg", 1.1, 28),
    "muratara-se-media-sosial-scan": ("muratara-se-media-sosial", "pdf", 0.7, 22),
}
SCAN_DPI = 150

HEADING = re.compile(r"^(SURAT EDARAN|NOMOR\b|TENTANG$)")
POINT = re.compile(r"^(\d{1,2}|[a-z])\.\s")
SIGNING = re.compile(r"^(Ditetapkan di|[A-Z][a-z]+, \d)")


def paragraphs(name):
    with open(os.path.join(SOURCE, name + ".txt"), encoding="utf-8") as source:
        return [line.strip() for line in source.read().split("\n") if line.strip()]


def soft_hyphens(text):
    """Soft hyphens in words of 8 letters or more at each syllable break (a vowel, then a consonant and a vowel), not
    within three letters of either end, as Indonesian typesetting hyphenates."""
    def split(match):
        word = match.group(0)
        out = word[:3]
        for at in range(3, len(word) - 3):
            if word[at - 1] in "aiueo" and word[at] not in "aiueo" and word[at + 1] in "aiueo":
                out += "\u00ad"
            out += word[at]
        return out + word[len(word) - 3:]
    return re.sub(r"\b[a-z]{8,}\b", split, text)


def letter_html(lines, running_head):
    number = next(line for line in lines if line.startswith("NOMOR"))
    page_rules = '@bottom-center { content: "Halaman " counter(page) " dari " counter(pages); font: 9pt serif; }'
    if running_head:
        page_rules += ' @top-center { content: "Surat Edaran ' + number.title().replace("Nomor:", "Nomor") + '"; font: 9pt serif; }'
    body = []
    after_subject = False
    for index, line in enumerate(lines):
        text = html.escape(line)
        if index == 0:
            body.append(f'<p class="kop">{text}</p><hr>')
        elif HEADING.match(line) or (not after_subject and line.isupper() and index < 6):
            body.append(f'<p class="tengah">{text}</p>')
            after_subject = line.startswith("NETRALITAS") or line.startswith("PENGGUNAAN")
        elif POINT.match(line):
            cls = "butir" if line[0].isdigit() else "subbutir"
            body.append(f'<p class="{cls}">{soft_hyphens(text)}</p>')
        elif SIGNING.match(line) or line.isupper() or line == "ttd.":
            body.append(f'<p class="ttd">{text}</p>')
        else:
            body.append(f'<p>{soft_hyphens(text)}</p>')
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.2cm 2.5cm 2.2cm 2.5cm; {page_rules} }}
body {{ font: 12pt/1.45 "Liberation Serif", "Times New Roman", serif; }}
p {{ margin: 0 0 0.7em 0; text-align: justify; }}
.kop {{ text-align: center; font-weight: bold; font-size: 14pt; margin: 0; }}
hr {{ border: 0; border-top: 2px solid #000; margin: 0.4em 0 1.2em 0; }}
.tengah {{ text-align: center; font-weight: bold; margin: 0 4em 0.3em 4em; }}
.butir {{ padding-left: 1.6em; text-indent: -1.6em; }}
.subbutir {{ padding-left: 3.2em; text-indent: -1.6em; }}
.ttd {{ margin: 0 0 0.3em 55%; text-align: left; }}
</style></head><body>{"".join(body)}</body></html>"""


def print_pdf(html_text, out):
    with tempfile.TemporaryDirectory() as folder:
        page = os.path.join(folder, "letter.html")
        with open(page, "w", encoding="utf-8") as handle:
            handle.write(html_text)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", "file://" + page], check=True, capture_output=True)


def scanned_pages(pdf, rotation, noise, seed):
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", pdf, os.path.join(folder, "p")], check=True)
        pages = []
        for name in sorted(os.listdir(folder)):
            image = Image.open(os.path.join(folder, name)).convert("L")
            image = image.rotate(rotation + rng.uniform(-0.2, 0.2), resample=Image.BICUBIC, fillcolor=255)
            grain = Image.effect_noise(image.size, noise)
            image = Image.blend(image, grain, 0.12).filter(ImageFilter.GaussianBlur(0.4))
            pixels = image.load()
            for _ in range(image.size[0] * image.size[1] // 2500):
                pixels[rng.randrange(image.size[0]), rng.randrange(image.size[1])] = rng.choice((0, 60, 200))
            pages.append(image)
        return pages


def expected(name, lines):
    issuer = lines[0]
    number = next(line for line in lines if line.startswith("NOMOR")).split(":", 1)[1].strip()
    heading = lines.index("TENTANG")
    subject = lines[heading + 1]
    signing = next(line for line in lines if SIGNING.match(line))
    months = {"Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Mei": 5, "Juni": 6, "Juli": 7, "Agustus": 8,
              "September": 9, "Oktober": 10, "November": 11, "Desember": 12}
    day, month, year = re.search(r"(\d{1,2}) (\w+) (\d{4})$", signing).groups()
    return {
        "source": f"source/{name}.txt",
        "title": f"Surat Edaran Nomor {number} tentang {subject}",
        "published": f"{year}-{months[month]:02d}-{int(day):02d}",
        "body": "\n\n".join(lines[1:]),
        "circular": {"number": number, "subject": subject, "issuer": issuer, "date": f"{year}-{months[month]:02d}-{int(day):02d}"},
    }


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(value, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def deflate_bomb(path, inflated_bytes):
    """A one-page PDF whose only content stream inflates from a few kilobytes to inflated_bytes of spaces."""
    stream = zlib.compress(b" " * inflated_bytes, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as handle:
        handle.write(out)


def main():
    for name, (source, running_head) in TEXT_PDFS.items():
        lines = paragraphs(source)
        print_pdf(letter_html(lines, running_head), os.path.join(HERE, name + ".pdf"))
        write_json(os.path.join(HERE, name + ".expected.json"), expected(source, lines))

    for index, (name, (source, kind, rotation, noise)) in enumerate(SCANS.items()):
        lines = paragraphs(source)
        with tempfile.TemporaryDirectory() as folder:
            clean = os.path.join(folder, "clean.pdf")
            print_pdf(letter_html(lines, running_head=kind == "pdf"), clean)
            pages = scanned_pages(clean, rotation, noise, seed=index)
        out = os.path.join(HERE, f"{name}.{kind}")
        if kind == "png":
            # A black-and-white scan, as office scanners send them by default: one bit per pixel keeps the file small.
            pages[0].point(lambda value: 255 if value > 160 else 0).convert("1").save(out, optimize=True, dpi=(SCAN_DPI, SCAN_DPI))
        elif kind == "jpg":
            pages[0].save(out, quality=55, dpi=(SCAN_DPI, SCAN_DPI))
        else:
            pages[0].save(out, save_all=True, append_images=pages[1:], resolution=SCAN_DPI, quality=55)
        write_json(os.path.join(HERE, name + ".expected.json"), expected(source, lines))

    bad = os.path.join(HERE, "bad")
    os.makedirs(bad, exist_ok=True)
    text_pdf = os.path.join(HERE, "batanghari-se-netralitas.pdf")
    subprocess.run(["qpdf", "--encrypt", "rahasia", "pemilik", "256", "--", text_pdf, os.path.join(bad, "encrypted.pdf")], check=True)
    with open(text_pdf, "rb") as handle:
        data = handle.read()
    with open(os.path.join(bad, "truncated.pdf"), "wb") as handle:
        handle.write(data[: len(data) // 3])
    deflate_bomb(os.path.join(bad, "deflate-bomb.pdf"), 8 * 1024 * 1024)


if __name__ == "__main__":
    main()
