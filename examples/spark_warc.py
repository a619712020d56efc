"""WARC files to Parquet with newsprint on Spark: one task per WARC file, one Extractor per
Python worker process, the records written as Parquet with the fixed schema of
newsprint.spark.SCHEMA_DDL.

    pip install './python[spark]'
    python examples/spark_warc.py OUT_DIR FILE.warc.gz [FILE.warc.gz ...]

On a cluster, submit it with spark-submit and give paths every worker can open (a shared
file system, or s3a:// paths read through a Hadoop-aware opener). For a Common Crawl
segment, pass its list of WARC paths: each file is one task, so the job scales out with
the number of executors.
"""

import sys

from pyspark.sql import SparkSession

from newsprint import spark as newsprint_spark


def run(spark, warc_paths, out_dir, now=None):
    """Reads the WARC files, extracts every HTML page and writes the records to out_dir."""
    pages = newsprint_spark.read_warc(spark, warc_paths)
    records = newsprint_spark.extract(pages, html="html", url="url", now=now)
    records.write.mode("overwrite").parquet(out_dir)
    return records


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    spark = SparkSession.builder.appName("newsprint-warc-to-parquet").getOrCreate()
    run(spark, argv[2:], argv[1])
    spark.stop()


if __name__ == "__main__":
    main(sys.argv)
