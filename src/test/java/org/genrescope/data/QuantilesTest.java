package org.genrescope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void interpolatesLinearlyBetweenOrderStatisticsAsPandasDoes() {
        double[] x = {1, 2, 3, 4};
        // by hand: h = (n - 1) q = 3q
        assertEquals(1.0, Quantiles.linear(x, 0));
        assertEquals(1.15, Quantiles.linear(x, 0.05), 1e-15); // h 0.15
        assertEquals(1.75, Quantiles.linear(x, 0.25), 1e-15); // h 0.75
        assertEquals(2.5, Quantiles.linear(x, 0.5), 1e-15);   // h 1.5
        assertEquals(3.25, Quantiles.linear(x, 0.75), 1e-15); // h 2.25
        assertEquals(3.85, Quantiles.linear(x, 0.95), 1e-15); // h 2.85
        assertEquals(4.0, Quantiles.linear(x, 1));
    }

    @Test
    void matchesPandasOnAnUnevenSample() {
        // pd.Series([0.5, 7, 2, 2, 10.25, -3]).quantile([.05, .25, .5, .75, .95]) (pandas 3.0.6)
        double[] x = {-3, 0.5, 2, 2, 7, 10.25};
        assertEquals(-2.125, Quantiles.linear(x, 0.05), 1e-15);
        assertEquals(0.875, Quantiles.linear(x, 0.25), 1e-15);
        assertEquals(2.0, Quantiles.linear(x, 0.5), 1e-15);
        assertEquals(5.75, Quantiles.linear(x, 0.75), 1e-15);
        assertEquals(9.4375, Quantiles.linear(x, 0.95), 1e-15);
        // to the last bit, as numpy evaluates it: np.quantile([1, 3, 5, 10], .95) == 9.249999999999998
        assertEquals(9.249999999999998, Quantiles.linear(new double[] {1, 3, 5, 10}, 0.95));
        assertEquals(3.8499999999999996, Quantiles.linear(new double[] {1, 2, 3, 4}, 0.95));
    }

    @Test
    void oneValueIsEveryQuantileAndNoValuesGiveNaN() {
        assertEquals(5.0, Quantiles.linear(new double[] {5}, 0.3));
        assertTrue(Double.isNaN(Quantiles.linear(new double[0], 0.5)));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.linear(new double[] {1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.linear(new double[] {1}, Double.NaN));
    }

    @Test
    void aRangeOfALargerArrayIsItsOwnSample() {
        // the uneven sample above between values that must not be read: the same pandas figures
        double[] x = {99, -50, -3, 0.5, 2, 2, 7, 10.25, -77};
        assertEquals(-2.125, Quantiles.linear(x, 2, 8, 0.05), 1e-15);
        assertEquals(0.875, Quantiles.linear(x, 2, 8, 0.25), 1e-15);
        assertEquals(5.75, Quantiles.linear(x, 2, 8, 0.75), 1e-15);
        assertEquals(10.25, Quantiles.linear(x, 2, 8, 1));
        assertEquals(-3.0, Quantiles.linear(x, 2, 8, 0));
        assertTrue(Double.isNaN(Quantiles.linear(x, 4, 4, 0.5)));
    }
}
