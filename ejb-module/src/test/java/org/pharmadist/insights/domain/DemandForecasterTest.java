package org.pharmadist.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DemandForecasterTest {

    @Test
    void smoothSeriesIsForecastBySimpleExponentialSmoothing() {
        // y = 4, 6, 5, 5; alpha 0.5. Non-zero every day: ADI = 4/4 = 1; sizes mean 5, population variance
        // (1+1+0+0)/4 = 0.5, CV² = 0.5/25 = 0.02 -> SMOOTH -> SES.
        // l1 = 4; t2: f 4, e +2, l = 0.5*6 + 0.5*4 = 5; t3: f 5, e 0, l 5; t4: f 5, e 0, l 5.
        // forecast 5; sigma = sqrt((4 + 0 + 0) / 3) = 1.1547005
        DemandForecast f = DemandForecaster.forecast(new double[] {4, 6, 5, 5}, 0.5);
        assertThat(f.pattern()).isEqualTo(DemandPattern.SMOOTH);
        assertThat(f.method()).isEqualTo(ForecastMethod.SES);
        assertThat(f.adi()).isEqualTo(1.0);
        assertThat(f.cv2()).isCloseTo(0.02, within(1e-12));
        assertThat(f.ratePerPeriod()).isCloseTo(5.0, within(1e-12));
        assertThat(f.sigmaPerPeriod()).isCloseTo(1.1547005, within(1e-6));
    }

    @Test
    void intermittentSeriesIsForecastByCrostonSba() {
        // y = 0, 0, 6, 0, 0, 0, 4, 0; alpha 0.5. Demand on days 3 and 7: ADI = 8/2 = 4; sizes 6, 4: mean 5,
        // variance (1+1)/2 = 1, CV² = 1/25 = 0.04 -> INTERMITTENT -> Croston SBA.
        // day 3: z = 6, p = 3, f = (1 - 0.25) * 6/3 = 1.5
        // day 7: q = 4, z = 6 + 0.5(4-6) = 5, p = 3 + 0.5(4-3) = 3.5, f = 0.75 * 5/3.5 = 1.0714286
        // errors after the first demand: days 4,5,6: 0 - 1.5 = -1.5 (x3); day 7: 4 - 1.5 = 2.5; day 8: 0 - 1.0714286
        // sigma = sqrt((3 * 2.25 + 6.25 + 1.1479592) / 5) = sqrt(2.8295918) = 1.6821390
        DemandForecast f = DemandForecaster.forecast(new double[] {0, 0, 6, 0, 0, 0, 4, 0}, 0.5);
        assertThat(f.pattern()).isEqualTo(DemandPattern.INTERMITTENT);
        assertThat(f.method()).isEqualTo(ForecastMethod.CROSTON_SBA);
        assertThat(f.adi()).isEqualTo(4.0);
        assertThat(f.cv2()).isCloseTo(0.04, within(1e-12));
        assertThat(f.demandPeriods()).isEqualTo(2);
        assertThat(f.ratePerPeriod()).isCloseTo(1.0714286, within(1e-6));
        assertThat(f.sigmaPerPeriod()).isCloseTo(1.6821390, within(1e-6));
    }

    @Test
    void lumpySeriesAlsoGetsSbaAndItsForecastIsBelowPlainCroston() {
        // y = 0, 10, 0, 0, 1; alpha 0.2. sizes 10, 1: mean 5.5, variance 20.25, CV² = 20.25/30.25 = 0.669 (>= 0.49);
        // ADI = 5/2 = 2.5 -> LUMPY. day 2: z 10, p 2; day 5: q 3, z = 10 + 0.2(1-10) = 8.2, p = 2 + 0.2(3-2) = 2.2;
        // SBA f = 0.9 * 8.2/2.2 = 3.3545455 (plain Croston would say 8.2/2.2 = 3.7272727).
        DemandForecast f = DemandForecaster.forecast(new double[] {0, 10, 0, 0, 1}, 0.2);
        assertThat(f.pattern()).isEqualTo(DemandPattern.LUMPY);
        assertThat(f.cv2()).isCloseTo(0.6694215, within(1e-6));
        assertThat(f.ratePerPeriod()).isCloseTo(3.3545455, within(1e-6));
    }

    @Test
    void noDemandForecastsZero() {
        DemandForecast f = DemandForecaster.forecast(new double[] {0, 0, 0}, 0.2);
        assertThat(f.pattern()).isEqualTo(DemandPattern.NO_DEMAND);
        assertThat(f.method()).isEqualTo(ForecastMethod.NONE);
        assertThat(f.ratePerPeriod()).isZero();
        assertThat(f.sigmaPerPeriod()).isZero();
    }

    @Test
    void classificationUsesTheSyntetosBoylanCutOffs() {
        assertThat(DemandPattern.classify(1.31, 0.48)).isEqualTo(DemandPattern.SMOOTH);
        assertThat(DemandPattern.classify(1.0, 0.49)).isEqualTo(DemandPattern.ERRATIC);
        assertThat(DemandPattern.classify(1.32, 0.1)).isEqualTo(DemandPattern.INTERMITTENT);
        assertThat(DemandPattern.classify(1.32, 0.49)).isEqualTo(DemandPattern.LUMPY);
    }

    @Test
    void refusesAnEmptySeriesAndABadAlpha() {
        assertThatThrownBy(() -> DemandForecaster.forecast(new double[0], 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemandForecaster.forecast(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemandForecaster.forecast(new double[] {1}, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
