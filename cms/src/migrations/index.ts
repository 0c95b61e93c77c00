import * as migration_20261121_193008_initial from './20261121_193008_initial'
import * as migration_20261121_195334_add_site_builds from './20261121_195334_add_site_builds'

export const migrations = [
  {
    up: migration_20261121_193008_initial.up,
    down: migration_20261121_193008_initial.down,
    name: '20261121_193008_initial',
  },
  {
    up: migration_20261121_195334_add_site_builds.up,
    down: migration_20261121_195334_add_site_builds.down,
    name: '20261121_195334_add_site_builds',
  },
]
