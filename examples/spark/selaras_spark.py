#!/usr/bin/env python3
"""selaras as a mapper under Apache Spark: document pairs in, scored sentence pairs out.

Usage:
    spark-submit examples/spark/selaras_spark.py MANIFEST OUT_DIR [--selaras BIN]
        [--partitions N] [-- SELARAS_STREAM_OPTIONS...]
    (or `python3 examples/spark/selaras_spark.py ...` with pyspark installed: local mode)

MANIFEST has `en_file<TAB>id_file` lines (what `selaras docs` prints; relative paths are taken
from the manifest's directory); the files must be readable from every executor (a shared file
system). Each pair becomes one JSON line {"id": {"en_file", "id_file"}, "en_text", "id_text"},
piped through `selaras stream` with RDD.pipe; OUT_DIR receives its output, one JSON object per
sentence pair kept (or per document that failed, with "error"), as Spark part files.
Options after `--` go to `selaras stream` (e.g. --presplit, --min-score 0.5).
"""
import argparse
import json
import os
import shlex
import sys


def records(manifest):
    """The manifest's document pairs as stream input records (read on the executors)."""
    base = os.path.dirname(os.path.abspath(manifest))
    with open(manifest, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and not line.startswith("#"):
                yield os.path.join(base, cols[0]), os.path.join(base, cols[1])


def to_json(pair):
    def read(path):
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    en, id_ = pair
    return json.dumps({"id": {"en_file": en, "id_file": id_}, "en_text": read(en), "id_text": read(id_)})


def main():
    argv = sys.argv[1:]
    stream_options = []
    if "--" in argv:
        cut = argv.index("--")
        argv, stream_options = argv[:cut], argv[cut + 1:]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("manifest")
    ap.add_argument("out_dir")
    ap.add_argument("--selaras", default="selaras", help="the selaras binary on the executors")
    ap.add_argument("--partitions", type=int, default=4)
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("selaras").getOrCreate()
    try:
        pairs = list(records(args.manifest))
        command = " ".join(shlex.quote(a) for a in [args.selaras, "stream", *stream_options])
        result = (
            spark.sparkContext.parallelize(pairs, args.partitions)
            .map(to_json)
            .pipe(command, checkCode=True)
        )
        result.saveAsTextFile(args.out_dir)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
