from __future__ import nothing_here
