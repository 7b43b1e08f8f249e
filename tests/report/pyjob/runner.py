# A test runner that swallows its subprocess's output and prints only "test failed".
import os
import subprocess
import sys

here = sys.argv[1]
env = {k: v for k, v in os.environ.items() if k != "FIXTURE_DIR"}
try:
    subprocess.run([os.path.join(here, "check-tool.sh"), "--quick"], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    print("test passed")
except Exception:
    print("test failed")
    sys.exit(1)
