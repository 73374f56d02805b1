#!/usr/bin/env python3
"""Run `chronicle batch` over a JSON Lines archive with PySpark, through RDD.pipe.

Each partition of the archive is piped through one `chronicle batch --jobs 1` process: JSON Lines
in, JSON Lines out, one result per record, in the partition's order. Spark supplies the
parallelism (one task per core in local mode, one per executor core on a cluster), so each
chronicle process uses a single job.

    python3 Examples/spark/chronicle_spark.py --chronicle .build/release/chronicle \
        archive.jsonl results/            # writes results/part-00000 ...

Needs pyspark (pip install pyspark) and Java 17. Prints a summary line: records, errors, seconds.
"""
import argparse
import json
import os
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", help="JSON Lines input (a local path or any URI Spark reads)")
    parser.add_argument("output", help="output folder (must not exist); one part file per partition")
    parser.add_argument("--chronicle", default="chronicle", help="path of the chronicle executable")
    parser.add_argument("--master", default="local[*]", help="Spark master (default: local mode, all cores)")
    parser.add_argument("--partitions", type=int, default=0, help="input partitions (default: Spark's choice)")
    args = parser.parse_args()

    chronicle = os.path.abspath(args.chronicle) if os.path.exists(args.chronicle) else args.chronicle
    from pyspark.sql import SparkSession  # imported late so that --help works without pyspark

    spark = (SparkSession.builder.master(args.master).appName("chronicle-batch")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    started = time.time()
    lines = spark.sparkContext.textFile(args.archive, minPartitions=args.partitions or None)
    # A failed record is an error record, not a failed task: chronicle exits 1 when any record
    # failed, so the pipe must not treat that exit code as a crash (checkCode=False).
    results = lines.pipe(f"{chronicle} batch --jobs 1", checkCode=False)
    results.saveAsTextFile(args.output)

    # Summary from the written files (a second pass; cheap next to the extraction).
    written = spark.sparkContext.textFile(args.output)
    counts = written.map(lambda line: "error" in json.loads(line)).countByValue()
    records, errors = counts.get(False, 0) + counts.get(True, 0), counts.get(True, 0)
    inputs = lines.filter(lambda line: line.strip()).count()
    print(json.dumps({"records": records, "errors": errors, "inputs": inputs,
                      "seconds": round(time.time() - started, 2)}))
    spark.stop()
    return 0 if records == inputs else 1


if __name__ == "__main__":
    sys.exit(main())
