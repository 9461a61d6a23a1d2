scores = {'ann': [88, 92, 79], 'bob': [65, 70, 58], 'cy': [100, 95, 98], 'dee': [72, 0, 85]}


def grade(avg):
    for limit, letter in [(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]:
        if avg >= limit:
            return letter
    return 'F'


print(f"{'name':<6}{'avg':>8}{'min':>5}{'max':>5}  grade")
for name, vals in sorted(scores.items(), key=lambda kv: -sum(kv[1])):
    avg = sum(vals) / len(vals)
    print(f'{name:<6}{avg:>8.2f}{min(vals):>5}{max(vals):>5}  {grade(avg)}')
allv = [v for vals in scores.values() for v in vals]
print('%d scores, mean %.3f, spread %d..%d' % (len(allv), sum(allv) / len(allv), min(allv), max(allv)))
hist = {}
for v in allv:
    hist[v // 10 * 10] = hist.get(v // 10 * 10, 0) + 1
for bucket in sorted(hist, reverse=True):
    print('{:>3}-{:<3} {}'.format(bucket, bucket + 9, '#' * hist[bucket]))
print('{0:.1%} passed'.format(sum(1 for v in allv if v >= 60) / len(allv)))
