import sys
sys.modules['blocked'] = None
import blocked
