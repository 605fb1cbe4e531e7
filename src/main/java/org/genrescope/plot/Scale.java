package org.genrescope.plot;

/**
 * Maps data values on one axis to pixels: linear, or linear in log10 of the value.
 *
 * @param domainMin data value at {@code rangeMin}
 * @param domainMax data value at {@code rangeMax}
 * @param rangeMin  pixel at {@code domainMin} (for a y axis the bottom, which is the larger pixel)
 * @param rangeMax  pixel at {@code domainMax}
 * @param log       whether the mapping is logarithmic (domain then positive)
 */
record Scale(double domainMin, double domainMax, double rangeMin, double rangeMax, boolean log) {

    static Scale linear(double domainMin, double domainMax, double rangeMin, double rangeMax) {
        return new Scale(domainMin, domainMax, rangeMin, rangeMax, false);
    }

    double map(double v) {
        double t = log
                ? (Math.log10(v) - Math.log10(domainMin)) / (Math.log10(domainMax) - Math.log10(domainMin))
                : (v - domainMin) / (domainMax - domainMin);
        return rangeMin + t * (rangeMax - rangeMin);
    }
}
