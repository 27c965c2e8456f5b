"""The program to give ``spark-submit``: the ``whipcount`` command, run as a script (see docs/spark.md).

    spark-submit [spark options] .../site-packages/whipcount/engines/submit.py extract --engine spark ...

Absolute imports only: ``spark-submit`` runs this file as a script, outside its package.
"""

from whipcount.outputs.cli import main

if __name__ == "__main__":
    main()
