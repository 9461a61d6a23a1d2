# A call still running when the test's 8 s recording ends (entries without their return). The
# recording starts with the JVM; the script is running well before 8 s even on a busy machine.
import time


def long_running():
    time.sleep(12)


long_running()
