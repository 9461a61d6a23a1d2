# A call still running when the test dumps the recording (entries without their return): the
# script says when it is inside long_running(), and the test then dumps the recording with jcmd
# and ends the process. (A recording with a fixed duration ended before the script started once,
# on a machine busy enough that the JVM's start-up took longer than the duration.)
import time


def long_running():
    print("inside long_running", flush=True)
    time.sleep(600)


long_running()
