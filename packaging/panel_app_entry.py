"""The packaged app's entry point (PyInstaller runs this file as `__main__`; see panel_app.spec).

`multiprocessing.freeze_support()` comes first: in the packaged app there is no Python interpreter, so the
import's parsing workers are this same program started again with multiprocessing's own arguments, and it
must become a worker before anything else runs. The OCR render helper comes back as
`panel-app --panel-worker ocr-render …`, which `panel_app.cli.main` hands over before parsing options.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from panel_app.cli import main

    sys.exit(main())
