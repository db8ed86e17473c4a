using ILGPU;
using ILGPU.Runtime;

namespace GpuRisk.Kernels.Stress;

/// <summary>
/// The stress kernels loaded once for one accelerator, launched as many times as needed.
/// Buffers live only for one call; the loaded kernels belong to the accelerator, which the caller owns
/// and disposes.
/// </summary>
public sealed class StressKernels
{
    private readonly Accelerator _accelerator;
    private readonly Action<Index1D, ArrayView<ClosedFormItem>, ArrayView<StressFigures>> _closedForm;
    private readonly Action<Index1D, ArrayView<FourierGroup>, ArrayView<int>, ArrayView<DoubleComplex>> _coefficients;
    private readonly Action<Index1D, ArrayView<FourierItem>, ArrayView<FourierGroup>, ArrayView<DoubleComplex>, ArrayView<StressFigures>> _fourier;

    /// <summary>Compiles and loads the kernels on <paramref name="accelerator"/>.</summary>
    public StressKernels(Accelerator accelerator)
    {
        _accelerator = accelerator;
        _closedForm = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<ClosedFormItem>, ArrayView<StressFigures>>(
            ClosedFormPricer.Kernel);
        _coefficients = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<FourierGroup>, ArrayView<int>, ArrayView<DoubleComplex>>(
            FourierPricer.CoefficientKernel);
        _fourier = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<FourierItem>, ArrayView<FourierGroup>, ArrayView<DoubleComplex>, ArrayView<StressFigures>>(
            FourierPricer.PriceKernel);
    }

    /// <summary>Closed-form value and Greeks of every item (Black-Scholes options, linear positions).</summary>
    public StressFigures[] EvaluateClosedForm(ClosedFormItem[] items)
    {
        if (items.Length == 0) return [];
        using var input = _accelerator.Allocate1D(items);
        using var output = _accelerator.Allocate1D<StressFigures>(items.Length);
        _closedForm((int)input.Length, input.View, output.View);
        _accelerator.Synchronize();
        return output.GetAsArray1D();
    }

    /// <summary>
    /// Heston/Bates value and Greeks of every item: first the characteristic-function coefficients of
    /// every group's nodes (<paramref name="nodeGroup"/>[n] = group of node n), then the per-option sums.
    /// </summary>
    public StressFigures[] EvaluateFourier(FourierGroup[] groups, int[] nodeGroup, FourierItem[] items)
    {
        if (items.Length == 0) return [];
        using var groupBuffer = _accelerator.Allocate1D(groups);
        using var nodeGroupBuffer = _accelerator.Allocate1D(nodeGroup);
        using var coefficients = _accelerator.Allocate1D<DoubleComplex>((long)nodeGroup.Length * FourierGroup.Variants);
        using var itemBuffer = _accelerator.Allocate1D(items);
        using var output = _accelerator.Allocate1D<StressFigures>(items.Length);
        _coefficients((int)coefficients.Length, groupBuffer.View, nodeGroupBuffer.View, coefficients.View);
        _fourier((int)itemBuffer.Length, itemBuffer.View, groupBuffer.View, coefficients.View, output.View);
        _accelerator.Synchronize();
        return output.GetAsArray1D();
    }
}
