/**
 * The e2e build of Vigie, written to a private folder (VIGIE_BENCH_OUT_DIR) so that the scan
 * benchmark measures the code as it is now without touching .output/, which other work rebuilds.
 */
import config from '../../../wxt.config';

const outDir = process.env.VIGIE_BENCH_OUT_DIR;
if (!outDir) throw new Error('VIGIE_BENCH_OUT_DIR must name the folder to build into');

export default { ...config, outDir };
