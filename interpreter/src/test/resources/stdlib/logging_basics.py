# logging over io: handlers writing to a StringIO and to a file, formatters, levels, filters, exceptions.
import io
import logging
import os
import tempfile

stream = io.StringIO()
log = logging.getLogger('app')
log.setLevel(logging.DEBUG)
log.propagate = False
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s'))
log.addHandler(h)
log.debug('debug %d', 1)
log.info('info %s', 'two')
log.warning('warn %r', {'k': 3})
child = logging.getLogger('app.child')
child.error('from child')

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

h.addFilter(OnlyOdd())
for i in range(4):
    log.info('n=%d', i)
h.removeFilter(h.filters[0])
log.log(logging.ERROR, 'failed: %s', ZeroDivisionError('division by zero'))
print(stream.getvalue())

d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
fh = logging.FileHandler(path, mode='w', encoding='utf-8')
fh.setFormatter(logging.Formatter('[%(levelname)-7s] %(message)s'))
flog = logging.getLogger('file')
flog.propagate = False
flog.addHandler(fh)
flog.setLevel(logging.INFO)
flog.info('written to a file: caf\u00e9')
flog.debug('not written')
flog.critical('done')
fh.close()
with open(path, encoding='utf-8') as f:
    print(f.read())
os.unlink(path)
os.rmdir(d)

print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName('ERROR'))
root_stream = io.StringIO()
logging.basicConfig(stream=root_stream, level=logging.INFO, format='%(levelname)s:%(message)s', force=True)
logging.info('via root')
logging.getLogger('x.y').warning('propagated')
print(repr(root_stream.getvalue()))
logging.shutdown()
