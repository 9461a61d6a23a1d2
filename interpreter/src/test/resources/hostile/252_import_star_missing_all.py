from hostile_bad_all import *
