"""Reading gettext message catalogs (.mo): the messages and their cleaned text."""
import os
import re
import struct
import subprocess
import tempfile


def messages(path):
    data = open(path, "rb").read()
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412DE else ">"
    n, orig, trans = struct.unpack(end + "4xIII", data[4:20])
    for i in range(n):
        ol, oo = struct.unpack(end + "II", data[orig + 8 * i: orig + 8 * i + 8])
        tl, to = struct.unpack(end + "II", data[trans + 8 * i: trans + 8 * i + 8])
        src, dst = data[oo:oo + ol], data[to:to + tl]
        if not src or b"\x00" in src or b"\x00" in dst:
            continue  # header, plural forms
        src = src.split(b"\x04")[-1]  # drop a message context
        try:
            yield src.decode("utf-8"), dst.decode("utf-8")
        except UnicodeDecodeError:
            continue


def clean(s):
    s = re.sub(r"<[^>]{1,80}>", " ", s)
    s = re.sub(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?[hlLqjzt]*[diouxXeEfgGcspn%]|%\d|\{\w*\}|\$\w+", " ", s)
    s = re.sub(r"(?<=\w)[_&](?=\w)|^[_&](?=\w)|(?<=\s)[_&](?=\w)", "", s)
    s = re.sub(r"\\n|\s+", " ", s).strip()
    return s


def fetch(packages, mo_dir, locale="id"):
    """Downloads the packages with apt-get, a batch at a time, and keeps their catalogs for
    `locale` in mo_dir as PACKAGE__DOMAIN.mo; mo_dir/.fetched lists the packages already
    looked at."""
    os.makedirs(mo_dir, exist_ok=True)
    log = os.path.join(mo_dir, ".fetched")
    done = set(open(log).read().split()) if os.path.exists(log) else set()
    done |= {f.split("__")[0] for f in os.listdir(mo_dir)}
    todo = [p for p in packages if p not in done]
    for start in range(0, len(todo), 50):
        batch = todo[start:start + 50]
        with tempfile.TemporaryDirectory() as tmp:
            download = lambda names: subprocess.run(["apt-get", "download", *names], cwd=tmp, capture_output=True)
            if download(batch).returncode:
                for p in batch:  # a package apt cannot find fails the whole batch
                    download([p])
            for deb in os.listdir(tmp):
                p = deb.split("_")[0]
                x = os.path.join(tmp, p)
                subprocess.run(["dpkg-deb", "-x", os.path.join(tmp, deb), x], check=True)
                for root, _, files in os.walk(x):
                    if root.endswith(f"/locale/{locale}/LC_MESSAGES"):
                        for f in files:
                            if f.endswith(".mo"):
                                os.replace(os.path.join(root, f), os.path.join(mo_dir, f"{p}__{f}"))
        with open(log, "a") as f:
            f.write("".join(p + "\n" for p in batch))
