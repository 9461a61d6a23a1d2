# csv over _csv: reader/writer with io.StringIO, DictReader/DictWriter, dialects, Sniffer.
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(['name', 'note', 'n'])
w.writerows([['ann', 'says "hi"', 1], ['bob', 'a,b', 2.5], ['cy', 'line\nbreak', None]])
text = buf.getvalue()
print(repr(text))
print(list(csv.reader(io.StringIO(text, newline=''))))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['a', 'b'], extrasaction='ignore')
dw.writeheader()
dw.writerow({'a': 1, 'b': 2, 'c': 3})
dw.writerow({'a': 'x'})
print(repr(out.getvalue()))
for row in csv.DictReader(io.StringIO(out.getvalue())):
    print(dict(row))
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'z': 1})
except ValueError as e:
    print('ValueError', e)

class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    quoting = csv.QUOTE_MINIMAL
    lineterminator = '\n'
    doublequote = True
    skipinitialspace = False

csv.register_dialect('pipes', Pipes)
print(sorted(csv.list_dialects()))
o = io.StringIO()
csv.writer(o, 'pipes').writerow(['a|b', "c'd", 'e'])
print(repr(o.getvalue()), list(csv.reader(io.StringIO(o.getvalue()), 'pipes')))
print(csv.get_dialect('excel-tab').delimiter == '\t', csv.get_dialect('unix').quoting == csv.QUOTE_ALL)
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print('Error', e)
sample = 'id;name;score\n1;ann;3.5\n2;bob;4.0\n'
d = csv.Sniffer().sniff(sample)
print(d.delimiter, csv.Sniffer().has_header(sample))
print(list(csv.reader(['1,2,x'], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['1,2'], quoting=csv.QUOTE_NONNUMERIC)))
