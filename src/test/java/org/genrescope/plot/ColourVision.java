package org.genrescope.plot;

import java.awt.Color;

/**
 * Colour science for the palette tests, written from the papers rather than from the palette's code: sRGB to
 * CIELAB (D65), the CIEDE2000 difference (Sharma, Wu and Dalal 2005) and dichromat simulation (Machado, Oliveira
 * and Fernandes 2009, severity 1, applied to linear sRGB).
 */
final class ColourVision {

    /** A vision: normal or a simulated dichromacy. */
    enum Vision {
        NORMAL(null),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}});

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** CIELAB (D65) of {@code c} as seen with {@code vision}. */
    static double[] lab(Color c, Vision vision) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        if (vision.matrix != null) {
            double[] seen = new double[3];
            for (int i = 0; i < 3; i++) {
                double v = 0;
                for (int j = 0; j < 3; j++) {
                    v += vision.matrix[i][j] * rgb[j];
                }
                seen[i] = Math.max(0, Math.min(1, v));
            }
            rgb = seen;
        }
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    /** CIEDE2000 between two colours as seen with {@code vision}. */
    static double difference(Color a, Color b, Vision vision) {
        return ciede2000(lab(a, vision), lab(b, vision));
    }

    /** CIEDE2000 (kL = kC = kH = 1) between two CIELAB colours, following Sharma et al.'s equations. */
    static double ciede2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double cBar = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1p = Math.hypot(a1, lab1[2]);
        double c2p = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dL = lab2[0] - lab1[0];
        double dC = c2p - c1p;
        double dh = 0;
        if (c1p * c2p != 0) {
            dh = h2 - h1;
            if (dh > 180) {
                dh -= 360;
            } else if (dh < -180) {
                dh += 360;
            }
        }
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lBar = (lab1[0] + lab2[0]) / 2;
        double cBarP = (c1p + c2p) / 2;
        double hBar = h1 + h2;
        if (c1p * c2p != 0) {
            hBar = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2);
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hBar - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBar))
                + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
        double rC = 2 * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + Math.pow(25, 7)));
        double sL = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sC = 1 + 0.045 * cBarP;
        double sH = 1 + 0.015 * cBarP * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;
        return Math.sqrt(Math.pow(dL / sL, 2) + Math.pow(dC / sC, 2) + Math.pow(dH / sH, 2) + rT * (dC / sC) * (dH / sH));
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
