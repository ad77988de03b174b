// The status palette stays distinguishable for colour-blind readers and in greyscale print.
// Colour-vision deficiency is simulated with the Machado, Oliveira & Fernandes (2009) matrices
// at full severity, applied in linear RGB; distances are CIE76 in Lab.
#include "maptheme.h"

#include <QColor>

#include <gtest/gtest.h>

#include <array>
#include <cmath>

using namespace atlas;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;
using Rgb = std::array<double, 3>;

const Matrix kProtan{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
const Matrix kDeutan{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Matrix kTritan{{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};
const Matrix kNormal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

double toLinear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

Rgb simulate(const QColor &c, const Matrix &m)
{
    const Rgb in{toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())};
    Rgb out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    return out;
}

Rgb toLab(const Rgb &lin)
{
    const double x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047;
    const double y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    const double z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(const QColor &a, const QColor &b, const Matrix &m)
{
    const Rgb la = toLab(simulate(a, m)), lb = toLab(simulate(b, m));
    return std::sqrt(std::pow(la[0] - lb[0], 2) + std::pow(la[1] - lb[1], 2) + std::pow(la[2] - lb[2], 2));
}

struct Vision {
    const char *name;
    const Matrix *matrix;
};

std::ostream &operator<<(std::ostream &os, const Vision &v) { return os << v.name; }

class PaletteUnder : public ::testing::TestWithParam<Vision> {};

} // namespace

TEST_P(PaletteUnder, StatusColoursStayApart)
{
    for (const MapTheme &theme : {MapTheme::light(), MapTheme::dark()}) {
        std::vector<QColor> colours(theme.status.begin(), theme.status.end());
        colours.push_back(theme.noData);
        for (std::size_t i = 0; i < colours.size(); ++i)
            for (std::size_t j = i + 1; j < colours.size(); ++j)
                EXPECT_GT(distance(colours[i], colours[j], *GetParam().matrix), 20.0)
                    << theme.id.toStdString() << ": colours " << i << " and " << j << " under " << GetParam().name;
    }
}

INSTANTIATE_TEST_SUITE_P(Simulated, PaletteUnder,
                         ::testing::Values(Vision{"normal", &kNormal}, Vision{"protanopia", &kProtan},
                                           Vision{"deuteranopia", &kDeutan}, Vision{"tritanopia", &kTritan}));

TEST(Palette, RecognisesAndDoesNotRecogniseDifferInGreyscale)
{
    const MapTheme t = MapTheme::light();
    const auto lightness = [](const QColor &c) { return toLab(simulate(c, kNormal))[0]; };
    EXPECT_GT(std::abs(lightness(t.statusColour(Status::Recognizes)) - lightness(t.statusColour(Status::DoesNotRecognize))), 20.0);
    // The hatch on withdrawal claims must show in greyscale too.
    EXPECT_GT(std::abs(lightness(t.hatch) - lightness(t.statusColour(Status::WithdrawalClaimed))), 25.0);
}
