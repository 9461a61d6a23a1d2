package org.herthon.interpreter.modules;

/**
 * atan, asin, acos and atan2 rounded like glibc's (correctly, on the cases measured): the JDK's
 * result a (within an ulp) is corrected by one Newton step whose sine and cosine of a are
 * evaluated in double-double arithmetic.
 */
final class InverseTrig {
    private InverseTrig() {}

    /** sin(a), cos(a) as double-doubles {sh, sl, ch, cl}, by Taylor series (|a| <= pi). */
    static double[] sinCos(double a) {
        double x2h = a * a, x2l = Math.fma(a, a, -x2h);
        double sh = a, sl = 0, ch = 1, cl = 0;
        double th = a, tl = 0;     // a^(2k+1)/(2k+1)!
        double uh = 1, ul = 0;     // a^(2k)/(2k)!
        for (int k = 1; k < 30; k++) {
            double[] t = mul(th, tl, x2h, x2l);
            t = div(t[0], t[1], -(2.0 * k) * (2.0 * k + 1));
            th = t[0];
            tl = t[1];
            double[] s = add(sh, sl, th, tl);
            sh = s[0];
            sl = s[1];
            double[] u = mul(uh, ul, x2h, x2l);
            u = div(u[0], u[1], -(2.0 * k - 1) * (2.0 * k));
            uh = u[0];
            ul = u[1];
            double[] c = add(ch, cl, uh, ul);
            ch = c[0];
            cl = c[1];
            if (Math.abs(th) < 1e-40 && Math.abs(uh) < 1e-40) break;
        }
        return new double[]{sh, sl, ch, cl};
    }

    static double[] add(double ah, double al, double bh, double bl) {
        double s = ah + bh, bb = s - ah, e = (ah - (s - bb)) + (bh - bb);
        e += al + bl;
        double h = s + e;
        return new double[]{h, e - (h - s)};
    }

    static double[] mul(double ah, double al, double bh, double bl) {
        double p = ah * bh, e = Math.fma(ah, bh, -p);
        e += ah * bl + al * bh;
        double h = p + e;
        return new double[]{h, e - (h - p)};
    }

    static double[] div(double ah, double al, double b) {
        double q = ah / b;
        double p = q * b, pe = Math.fma(q, b, -p);
        double r = ((ah - p) - pe + al) / b;
        double h = q + r;
        return new double[]{h, r - (h - q)};
    }

    static double[] divDD(double ah, double al, double bh, double bl) {
        double q = ah / bh;
        double[] qb = mul(q, 0, bh, bl);
        double[] r = add(ah, al, -qb[0], -qb[1]);
        double q2 = r[0] / bh;
        double h = q + q2;
        return new double[]{h, q2 - (h - q)};
    }

    private static double finish(double a, double[] d) {
        double[] r = add(a, 0, d[0], d[1]);
        return r[0];
    }

    static double atan(double x) {
        double a = Math.atan(x);
        if (!Double.isFinite(x) || x == 0 || Math.abs(x) < 1e-8 || Math.abs(x) > 1e16) return a;
        double[] sc = sinCos(a);
        // (x cos a - sin a) cos a
        double[] xc = mul(x, 0, sc[2], sc[3]);
        double[] diff = add(xc[0], xc[1], -sc[0], -sc[1]);
        return finish(a, mul(diff[0], diff[1], sc[2], sc[3]));
    }

    static double asin(double x) {
        double a = Math.asin(x);
        if (!(Math.abs(x) < 1) || x == 0 || Math.abs(x) < 1e-8) return a;
        double[] sc = sinCos(a);
        double[] diff = add(x, 0, -sc[0], -sc[1]);
        return finish(a, divDD(diff[0], diff[1], sc[2], sc[3]));
    }

    static double acos(double x) {
        double a = Math.acos(x);
        if (!(Math.abs(x) < 1)) return a;
        double[] sc = sinCos(a);
        double[] diff = add(sc[2], sc[3], -x, 0);
        return finish(a, divDD(diff[0], diff[1], sc[0], sc[1]));
    }

    static double atan2(double y, double x) {
        double a = Math.atan2(y, x);
        if (!Double.isFinite(a) || a == 0 || !Double.isFinite(x) || !Double.isFinite(y) || x == 0 || y == 0) return a;
        double s = Math.max(Math.abs(x), Math.abs(y));
        int e = Math.getExponent(s);
        double xs = Math.scalb(x, -e), ys = Math.scalb(y, -e);
        if (Math.abs(ys / xs) < 1e-8 || Math.abs(xs / ys) < 1e-8) return a;
        double[] sc = sinCos(a);
        double[] yc = mul(ys, 0, sc[2], sc[3]), xsn = mul(xs, 0, sc[0], sc[1]);
        double[] num = add(yc[0], yc[1], -xsn[0], -xsn[1]);
        double[] xc = mul(xs, 0, sc[2], sc[3]), ysn = mul(ys, 0, sc[0], sc[1]);
        double[] den = add(xc[0], xc[1], ysn[0], ysn[1]);
        return finish(a, divDD(num[0], num[1], den[0], den[1]));
    }
}
