#!/usr/bin/python3
"""Look-alike characters measured from rendered glyphs: writes corpus/spelling/glyph-similar.tsv.

Run by hand by a maintainer, not by the build (Debian: apt-get install fonts-wqy-microhei
python3-pil python3-numpy python3-scipy):

    /usr/bin/python3 scripts/glyph-similarity.py            # writes the table
    /usr/bin/python3 scripts/glyph-similarity.py --evaluate # also prints how it fares on
                                                            # ../shared/spelling/ecspell-odw-train.tsv

The characters are the 6,763 of GB2312 (levels 1 and 2), which hold every character of the first
column of corpus/spelling/same-pinyin.txt. Each is drawn with WenQuanYi Micro Hei at 96 px and
placed in its em box (the advance width, and a square window of that height centred on the
median centre of the ink of all the characters), then reduced to 48 x 48.

Two relations are measured:

* look-alike: the symmetric chamfer distance of two glyphs, the mean over the ink of each
  (weighted by its grey level) of the distance to the nearest ink pixel of the other, capped at
  12 px, averaged over both directions. Dense characters lie close to every other dense character,
  so the distance is corrected for hubness (as CSLS does for embeddings): d' = d - (r_a + r_b)/2 + r,
  where r_x is the mean distance of x to its 10 nearest characters and r the mean of all r_x;
  a pair with d > 1.5 px is never kept (else an isolated character such as 一 would keep
  whatever is least far). score = 100 * (1 - d'/2 px), within [0, 99]. Each character keeps its
  20 nearest by d' with score >= 50.
* part-of: the whole glyph of a character against the larger part of another (the left, right,
  upper or lower 55 % or 65 % of its ink box), both stretched to fill a 32 x 32 box when their
  proportions differ by less than a factor of 2, by the same chamfer distance (capped at 8 px,
  given in 48-px units), corrected for hubness likewise (the mean distance of a whole to its 10
  nearest parts, of a glyph's parts to their 10 nearest wholes); it finds the character that
  another writes with one more component (人 in 队, 丸 in 执, 以 in 拟). Each character keeps the
  6 nearest characters it is the larger part of with score >= 70, none of its look-alikes.

The scores are floored to whole numbers. Matrix products in float32 may round differently with
another BLAS or thread count, so a score can move by one on another machine.

Output: a header of lines starting with '#', then one line per character that has a neighbour:
character TAB look-alikes TAB part-of, each list a run of (neighbour, two-digit score), most
similar first, e.g. `丸<TAB>九90亢76...<TAB>执84纨82孰71`.
"""
import argparse
import collections
import hashlib
import json
import os
import random
import subprocess
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFont, __version__ as PIL_VERSION
from scipy import ndimage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
FONT_PACKAGE = 'fonts-wqy-microhei'
RENDER = 96          # px of the font when drawn
SIZE = 48            # side of the em box compared for look-alikes
CAP = 12.0           # chamfer cap at SIZE, px
HUB_K = 10           # neighbours averaged for the hubness correction
MAX_RAW = 1.5        # px at SIZE: farther pairs are never look-alikes, whatever the correction
UNIT = 2.0           # px at SIZE that take the score from 100 to 0
PART_SIZE = 32       # side of the boxes compared for part-of
PART_CAP = 8.0
PART_FRACTIONS = (0.55, 0.65)
MAX_STRETCH = 2.0  # most a part's proportions may differ from the whole glyph's


def gb2312():
    out = []
    for row in range(16, 88):
        for cell in range(1, 95):
            try:
                out.append(bytes([0xA0 + row, 0xA0 + cell]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return out


def characters():
    same_pinyin = os.path.join(ROOT, 'corpus', 'spelling', 'same-pinyin.txt')
    first = set()
    with open(same_pinyin, encoding='utf8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            c = line.split('\t')[0].strip()
            if len(c) == 1:
                first.add(c)
    return sorted(set(gb2312()) | first)


def package_version(name):
    try:
        return subprocess.run(['dpkg-query', '-W', '-f=${Version}', name], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return 'unknown'


def render_all(chars, font_path):
    font = ImageFont.truetype(font_path, RENDER, index=0)
    ascent, descent = font.getmetrics()

    def draw(ch):
        im = Image.new('L', (RENDER, ascent + descent), 0)
        ImageDraw.Draw(im).text((0, ascent), ch, font=font, fill=255, anchor='ls')
        return np.asarray(im, dtype=np.float32) / 255

    notdef = draw('\U0010FFFD')
    glyphs, kept = [], []
    for ch in chars:
        g = draw(ch)
        if g.sum() == 0 or np.array_equal(g, notdef):
            print(f'no glyph for {ch} (U+{ord(ch):04X}); left out', file=sys.stderr)
            continue
        glyphs.append(g)
        kept.append(ch)
    return kept, np.stack(glyphs), font.getname()


def resize(a, w, h):
    return np.asarray(Image.fromarray((a * 255).round().astype(np.uint8)).resize((w, h), Image.BOX),
                      dtype=np.float32) / 255


def em_boxes(glyphs):
    centres = []
    for g in glyphs:
        ys = np.nonzero(g.sum(1) > 0)[0]
        centres.append((ys[0] + ys[-1]) / 2)
    top = int(round(np.median(centres) - RENDER / 2))
    out = []
    for g in glyphs:
        box = np.zeros((RENDER, RENDER), np.float32)
        src = g[max(top, 0):top + RENDER]
        box[max(-top, 0):max(-top, 0) + src.shape[0]] = src
        out.append(resize(box, SIZE, SIZE))
    return np.stack(out)


def ink_box(a):
    ys = np.nonzero(a.max(1) > 0.2)[0]
    xs = np.nonzero(a.max(0) > 0.2)[0]
    if len(ys) < 2 or len(xs) < 2:
        return None
    return ys[0], ys[-1] + 1, xs[0], xs[-1] + 1


def filled(a):
    box = ink_box(a)
    if box is None:
        return np.zeros((PART_SIZE, PART_SIZE), np.float32)
    y0, y1, x0, x1 = box
    return resize(a[y0:y1, x0:x1], PART_SIZE, PART_SIZE)


def larger_parts(g):
    """The left, right, upper and lower PART_FRACTIONS of the glyph's ink box, unscaled."""
    y0, y1, x0, x1 = ink_box(g)
    h, w = y1 - y0, x1 - x0
    out = []
    for f in PART_FRACTIONS:
        fw, fh = int(w * f), int(h * f)
        for (a, b, c, d) in ((y0, y1, x0, x0 + fw), (y0, y1, x1 - fw, x1), (y0, y0 + fh, x0, x1), (y1 - fh, y1, x0, x1)):
            out.append(g[a:b, c:d])
    return out


def chamfer_parts(images, cap):
    """Ink weights (each row sums to 1) and capped distance maps, flattened."""
    ink = images > 0.5
    dist = np.stack([np.minimum(ndimage.distance_transform_edt(~x), cap) if x.any() else np.full(x.shape, cap)
                     for x in ink]).reshape(len(images), -1).astype(np.float32)
    weight = images.reshape(len(images), -1).astype(np.float32)
    weight = weight / np.maximum(weight.sum(1, keepdims=True), 1e-6)
    return weight, dist


def lookalike_distance(boxes):
    """The symmetric chamfer distance (px at SIZE) corrected for hubness; inf beyond MAX_RAW."""
    w, d = chamfer_parts(boxes, CAP)
    a_to_b = w @ d.T
    dist = (a_to_b + a_to_b.T) / 2
    np.fill_diagonal(dist, np.inf)
    r = np.partition(dist, HUB_K, axis=1)[:, :HUB_K].mean(1)
    corrected = dist - (r[:, None] + r[None, :]) / 2 + r.mean()
    # An isolated character (一) has a large r: its nearest are kept only if close in earnest too.
    corrected[dist > MAX_RAW] = np.inf
    np.fill_diagonal(corrected, np.inf)
    return corrected


def aspect(a):
    box = ink_box(a)
    if box is None:
        return np.nan
    y0, y1, x0, x1 = box
    return np.log((y1 - y0) / (x1 - x0))


def part_distance(glyphs):
    """[i, j]: the chamfer distance (px at SIZE) of glyph i to the likeliest larger part of glyph j.

    A part is stretched to fill its box as the whole glyph is, so only a part whose ink box has
    about the proportions of the whole glyph's (within a factor of MAX_STRETCH) is compared."""
    whole = np.stack([filled(g) for g in glyphs])
    w_whole, d_whole = chamfer_parts(whole, PART_CAP)
    whole_aspect = np.array([aspect(g) for g in glyphs])
    best = np.full((len(glyphs), len(glyphs)), np.inf, np.float32)
    for r in range(2 * len(PART_FRACTIONS) * 2):
        regions = [larger_parts(g)[r] for g in glyphs]
        part_aspect = np.array([aspect(p) for p in regions])
        w_part, d_part = chamfer_parts(np.stack([filled(p) for p in regions]), PART_CAP)
        dist = (w_whole @ d_part.T + d_whole @ w_part.T) / 2  # [i, j]: i whole against part r of j
        unlike = ~(np.abs(whole_aspect[:, None] - part_aspect[None, :]) <= np.log(MAX_STRETCH))
        dist[unlike] = np.inf
        np.minimum(best, dist, out=best)
    np.fill_diagonal(best, np.inf)
    best *= SIZE / PART_SIZE
    # Hubness as for look-alikes: a busy glyph has parts close to many wholes, and a busy whole
    # is close to many parts.
    # (A pair of unlike proportions, inf, counts as the farthest possible, the cap.)
    capped = np.minimum(best, PART_CAP * SIZE / PART_SIZE)
    r_whole = np.partition(capped, HUB_K, axis=1)[:, :HUB_K].mean(1)
    r_part = np.partition(capped, HUB_K, axis=0)[:HUB_K, :].mean(0)
    corrected = best - (r_whole[:, None] + r_part[None, :]) / 2 + (r_whole.mean() + r_part.mean()) / 2
    np.fill_diagonal(corrected, np.inf)
    return corrected


def score(dist):
    """100 * (1 - dist / UNIT), floored, within [0, 99]; a character against itself (inf) gets -1."""
    s = np.clip(np.floor(100 * (1 - np.minimum(dist, 1e6) / UNIT)), 0, 99).astype(np.int32)
    s[np.isinf(dist)] = -1
    return s


def nearest(scores, rank_by, k, cutoff, exclude=None):
    """Each row's k first by rank_by (a distance) whose score is at least cutoff."""
    out = []
    order = np.argsort(rank_by, axis=1, kind='stable')
    for i in range(len(scores)):
        row = []
        for j in order[i]:
            if len(row) == k or not np.isfinite(rank_by[i, j]):
                break
            if scores[i, j] < cutoff or (exclude is not None and j in exclude[i]):
                continue
            row.append(int(j))
        out.append(row)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--font', default=FONT)
    ap.add_argument('--out', default=os.path.join(ROOT, 'corpus', 'spelling', 'glyph-similar.tsv'))
    ap.add_argument('--k', type=int, default=20, help='look-alikes kept per character')
    ap.add_argument('--k-part', type=int, default=6, help='characters kept that a character is the larger part of')
    ap.add_argument('--cutoff', type=int, default=50, help='least look-alike score kept (0-99)')
    ap.add_argument('--cutoff-part', type=int, default=70, help='least part-of score kept (0-99)')
    ap.add_argument('--evaluate', action='store_true')
    args = ap.parse_args()

    chars, glyphs, font_name = render_all(characters(), args.font)
    boxes = em_boxes(glyphs)
    look_rank = lookalike_distance(boxes)
    look = score(look_rank)
    part_dist = part_distance(glyphs)
    part = score(part_dist)
    look_rows = nearest(look, look_rank, args.k, args.cutoff)
    part_rows = nearest(part, part_dist, args.k_part, args.cutoff_part, exclude=[set(r) for r in look_rows])

    with open(args.font, 'rb') as f:
        font_hash = hashlib.sha256(f.read()).hexdigest()[:16]
    header = [
        f'# glyph-similar.tsv: generated by scripts/glyph-similarity.py; do not edit by hand',
        f'# font: {font_name[0]} {font_name[1]} ({os.path.basename(args.font)}, sha256 {font_hash}) of Debian package '
        f'{FONT_PACKAGE} {package_version(FONT_PACKAGE)}, drawn at {RENDER} px by Pillow {PIL_VERSION}',
        f'# characters: GB2312 levels 1-2 and the first column of same-pinyin.txt ({len(chars)})',
        f'# look-alike (column 2): symmetric chamfer distance of the em boxes at {SIZE} px (capped at {CAP:g} px), '
        f'hubness-corrected by the mean distance to the {HUB_K} nearest; score = 100*(1 - d/{UNIT:g} px), at most 99; '
        f'top {args.k}, score >= {args.cutoff}',
        f'# part-of (column 3): the characters whose larger part (left/right/upper/lower '
        f'{"/".join(f"{int(f * 100)}%" for f in PART_FRACTIONS)} of the ink box) looks like the whole character, '
        f'chamfer at {PART_SIZE} px stretched to fill (capped at {PART_CAP:g} px, in {SIZE}-px units), '
        f'hubness-corrected likewise, same score; top {args.k_part}, score >= {args.cutoff_part}, none of column 2',
        '# character<TAB>look-alikes<TAB>part-of; each list a run of neighbour + two-digit score, most similar first',
    ]
    lines = []
    pairs = 0
    for i, ch in enumerate(chars):
        a = ''.join(f'{chars[j]}{look[i, j]:02d}' for j in look_rows[i])
        b = ''.join(f'{chars[j]}{part[i, j]:02d}' for j in part_rows[i])
        pairs += len(look_rows[i]) + len(part_rows[i])
        if a or b:
            lines.append(f'{ch}\t{a}\t{b}')
    with open(args.out, 'w', encoding='utf8', newline='\n') as f:
        f.write('\n'.join(header + lines) + '\n')
    print(f'{args.out}: {len(lines)} characters, {pairs} pairs '
          f'({sum(map(len, look_rows))} look-alike, {sum(map(len, part_rows))} part-of), '
          f'{os.path.getsize(args.out)} bytes')
    if args.evaluate:
        evaluate(chars, look, look_rank, part, look_rows, part_rows)


def confusion_lists():
    """The pairs of the three existing lists, both ways, as the model links them."""
    links = collections.defaultdict(set)

    def both(a, b):
        if a != b:
            links[a].add(b)
            links[b].add(a)

    d = os.path.join(ROOT, 'corpus', 'spelling')
    with open(os.path.join(d, 'same-pinyin.txt'), encoding='utf8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#') or not line:
                continue
            cols = line.split('\t')
            for c in ''.join(x.strip() for x in cols[1:]):
                both(cols[0], c)
    with open(os.path.join(d, 'same-stroke.txt'), encoding='utf8') as f:
        for line in f:
            group = [c.strip() for c in line.split('\t') if c.strip()]
            for a in group:
                for b in group:
                    both(a, b)
    with open(os.path.join(d, 'shape-confusion.json'), encoding='utf8') as f:
        for c, alike in json.load(f).items():
            for x in alike:
                both(c, x)
    return links


def evaluate(chars, look, look_rank, part, look_rows, part_rows):
    idx = {c: i for i, c in enumerate(chars)}
    look_set = [set(r) for r in look_rows]
    part_set = [set(r) for r in part_rows]

    def rank(a, b):
        i, j = idx[a], idx[b]
        return int((look_rank[i] < look_rank[i, j]).sum()) + 1, int(look[i, j]), j in look_set[i]

    for a, b in (('任', '在'), ('在', '任')):
        r, s, kept = rank(a, b)
        print(f'{b} among the look-alikes of {a}: rank {r}, score {s}, in the table: {kept}')
    hand = '任在 白自 目日 厂广 未末 己已 己巳 戍戌 大太 大犬 拔拨 侯候 梁粱'.split()
    print('look-alikes named by the issue (rank a->b / b->a, score): ' +
          ' '.join(f'{p}:{rank(p[0], p[1])[0]}/{rank(p[1], p[0])[0]},{rank(p[0], p[1])[1]}' for p in hand))

    tsv = os.path.join(ROOT, '..', 'shared', 'spelling', 'ecspell-odw-train.tsv')
    errors = collections.Counter()
    with open(tsv, encoding='utf8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if len(cols) < 3 or len(cols[1]) != len(cols[2]):
                continue
            for w, c in zip(cols[1], cols[2]):
                if w != c:
                    errors[(w, c)] += 1
    links = confusion_lists()
    print(f'ECSpell odw.train: {sum(errors.values())} errors, {len(errors)} distinct pairs; '
          f'{sum(1 for (w, c) in errors if c not in links[w])} distinct pairs in none of the three lists')

    def found(w, c, kinds, both_ways=True):
        if w not in idx or c not in idx:
            return False
        i, j = idx[w], idx[c]
        return any(j in s[i] or (both_ways and i in s[j]) for s in kinds)

    def count(sel, kinds, both_ways=True):
        return sum(n for (w, c), n in errors.items() if sel(w, c) and found(w, c, kinds, both_ways))

    outside = lambda w, c: c not in links[w]
    every = lambda w, c: True
    n_out = sum(n for (w, c), n in errors.items() if outside(w, c))
    n_all = sum(errors.values())
    for name, kinds in (('look-alike', [look_set]), ('part-of', [part_set]), ('either column', [look_set, part_set])):
        print(f'ECSpell odw.train errors found in {name}, either way (only the corrected one in the written one\'s row): '
              f'{count(outside, kinds)} ({count(outside, kinds, False)}) of the {n_out} in none of the three lists, '
              f'{count(every, kinds)} ({count(every, kinds, False)}) of all {n_all}')
    new = sorted((w, c) for (w, c) in errors if outside(w, c) and found(w, c, [look_set, part_set]))
    print('  those outside the lists: ' + ' '.join(w + c for w, c in new))
    rng = random.Random(15)
    for name, rows, scores, n in (('look-alike', look_rows, look, 20), ('part-of', part_rows, part, 10)):
        table = [(i, j) for i in range(len(chars)) for j in rows[i]]
        print(f'{n} random {name} pairs of the table (character, neighbour, score):')
        print('  ' + '  '.join(f'{chars[i]}{chars[j]} {scores[i, j]}' for i, j in sorted(rng.sample(table, n))))

if __name__ == '__main__':
    main()
