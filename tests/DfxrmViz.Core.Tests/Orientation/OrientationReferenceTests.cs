using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Tests.Orientation;

/// <summary>docs/physics.md §9 reference cases, LiNbO3 (COD 1541936: a = 5.14829 Å, c = 13.8631 Å, γ = 120°, from
/// src/DfxrmViz.Core/Data/Crystals/LiNbO3_COD1541936.cif).</summary>
public class OrientationReferenceTests
{
    private static readonly UnitCell LiNbO3 = new(5.14829, 5.14829, 13.8631, 90, 90, 120);

    // §9: d 3.7498077 Å, 2θ 11.161382° (gemmi 0.5.7, CODATA λ); Q ∥ sample x with up = Q.
    [Fact]
    public void LiNbO3_1m12_at_17keV_has_the_gemmi_d_and_two_theta_with_Q_along_up()
    {
        var r = OrientationCalculator.Compute(LiNbO3, (1, -1, 2), 17, new OrientationInputs(), GoniometerProfiles.Get("esrf-dfxm"));
        Assert.Equal(3.7498077, r.DA, 5e-7);
        Assert.Equal(11.161382, r.TwoThetaDeg, 5e-7);
        Assert.Equal(2 * Math.PI / r.DA, r.QSampleInvA.X, 1e-12);
        Assert.Equal(0, new Vec3(0, r.QSampleInvA.Y, r.QSampleInvA.Z).Norm, 1e-12);
        // kh − k0 = Q and |k0| = |kh| = 2π/λ (λ 0.7293188143 Å at 17 keV, §9).
        Assert.Equal(0, (r.KhSampleInvA - r.K0SampleInvA - r.QSampleInvA).Norm, 1e-12);
        Assert.Equal(2 * Math.PI / 0.7293188143, r.K0SampleInvA.Norm, 1e-8);
        Assert.Equal(2 * Math.PI / 0.7293188143, r.KhSampleInvA.Norm, 1e-8);
    }

    // §6: LiNbO3, up = Q(1,−1,2) → default front [110] (|a+b| = a).
    [Fact]
    public void Default_front_for_LiNbO3_up_Q_1m12_is_110()
    {
        var front = SampleFrame.DefaultFront(LiNbO3, LatticeVector.Plane(1, -1, 2));
        Assert.Equal(LatticeVectorKind.Direction, front.Kind);
        Assert.Equal(new Vec3(1, 1, 0), front.Indices);
    }

    // §9 esrf-dfxm: μ = +θ = 5.5807°, others 0 (mode A).
    [Fact]
    public void Esrf_dfxm_case_ii_has_mu_theta_and_the_others_zero()
    {
        var r = OrientationCalculator.Compute(LiNbO3, (1, -1, 2), 17, new OrientationInputs(), GoniometerProfiles.Get("esrf-dfxm"));
        var chosen = r.Solutions.Solutions[r.Solutions.ChosenIndex!.Value];
        Assert.Equal(11.161382 / 2, chosen["mu"], 5e-7);
        Assert.Equal(5.5807, chosen["mu"], 1e-4);
        Assert.Equal(0, chosen["omega"], 1e-9);
        Assert.Equal(0, chosen["chi"], 1e-9);
        Assert.Equal(0, chosen["phi"], 1e-9);
        Assert.True(chosen.Residual < 1e-12);
        // Mode B with φ = 0 contains the same solution.
        var modeB = OrientationCalculator.Compute(LiNbO3, (1, -1, 2), 17, new OrientationInputs(FixedAxis: new FixedAxis("phi", 0)), GoniometerProfiles.Get("esrf-dfxm"));
        Assert.Contains(modeB.Solutions.Solutions, s => Math.Abs(s["mu"] - 5.580691) < 1e-5 && Math.Abs(s["omega"]) < 1e-9 && Math.Abs(s["chi"]) < 1e-9);
    }

    // §9 upstream case (ii) (DF-XRM_vis 735624f): shown φ 0.00, χ −0.00, ω −5.58°.
    [Fact]
    public void Dfxrm_vis_case_ii_matches_the_upstream_phi_chi_omega()
    {
        var r = OrientationCalculator.Compute(LiNbO3, (1, -1, 2), 17, new OrientationInputs(), GoniometerProfiles.Get("dfxrm-vis"));
        var chosen = r.Solutions.Solutions[r.Solutions.ChosenIndex!.Value];
        Assert.Equal(-5.58, chosen["omega"], 0.005);
        Assert.Equal(-11.161382 / 2, chosen["omega"], 5e-7);
        Assert.Equal(0, chosen["chi"], 1e-9);
        Assert.Equal(0, chosen["phi"], 1e-9);
        Assert.Equal(2, r.Solutions.Solutions.Count); // the Euler decomposition has exactly two branches here
    }

    // §6: with up = Q and e = front this is symmetric Laue through the thickness, L = t/cos θ in total (t/2 each way).
    [Fact]
    public void Default_geometry_is_symmetric_Laue_with_path_t_over_cos_theta()
    {
        var box = new SampleBoxUm(1000, 1000, 150);
        var r = OrientationCalculator.Compute(LiNbO3, (1, -1, 2), 17, new OrientationInputs(Sample: box, AttenuationLengthUm: 174.581),
            GoniometerProfiles.Get("esrf-dfxm"));
        var theta = 11.161382 / 2 * Math.PI / 180;
        Assert.Equal(75 / Math.Cos(theta), r.BeamPathUm!.Incident, 1e-4);
        Assert.Equal(75 / Math.Cos(theta), r.BeamPathUm.Diffracted, 1e-4);
        Assert.Equal(Math.Exp(-150 / Math.Cos(theta) / 174.581), r.Transmission!.Value, 1e-9);
        Assert.Equal(SlabGeometry.Laue, r.Slab!.Geometry);
        Assert.Equal(Math.Exp(-150 / Math.Cos(theta) / 174.581), r.Slab.Transmission, 1e-9);
        Assert.Equal(BeamExitRule.ThroughFront, r.BeamExitRule);
    }

    [Fact]
    public void Energy_below_the_threshold_names_the_energy_needed()
    {
        var ex = Assert.Throws<InputException>(() =>
            OrientationCalculator.Compute(LiNbO3, (1, -1, 2), 1.5, new OrientationInputs(), GoniometerProfiles.Get("esrf-dfxm")));
        Assert.True(ex.Problem.PhysicallyImpossible);
        // hc/(2d) = 12.398419843320026/(2·3.7498077) = 1.65321 keV.
        Assert.Contains("needs E ≥ hc/(2d) = 1.65321 keV", ex.Message);
    }

    [Fact]
    public void Shortest_path_is_never_longer_than_through_the_front()
    {
        var box = new SampleBoxUm(300, 2000, 150);
        var profile = GoniometerProfiles.Get("esrf-dfxm");
        var front = OrientationCalculator.Compute(LiNbO3, (1, 0, 4), 17, new OrientationInputs(Up: LatticeVector.Plane(0, 0, 1), Sample: box), profile);
        var opt = OrientationCalculator.Compute(LiNbO3, (1, 0, 4), 17, new OrientationInputs(Up: LatticeVector.Plane(0, 0, 1), OptimiseBeamPath: true, Sample: box), profile);
        Assert.Equal(BeamExitRule.ShortestPath, opt.BeamExitRule);
        Assert.True(opt.BeamPathUm!.Incident + opt.BeamPathUm.Diffracted <= front.BeamPathUm!.Incident + front.BeamPathUm.Diffracted + 1e-9);
        Assert.Equal(0, (opt.KhSampleInvA - opt.K0SampleInvA - opt.QSampleInvA).Norm, 1e-12);
    }
}
