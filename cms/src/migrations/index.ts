import * as migration_20261121_193008_initial from './20261121_193008_initial'
import * as migration_20261121_195334_add_site_builds from './20261121_195334_add_site_builds'
import * as migration_20261130_211239_drop_login_lockout from './20261130_211239_drop_login_lockout'
import * as migration_20261130_221240_version_author from './20261130_221240_version_author'
import * as migration_20261201_070800_withdrawals from './20261201_070800_withdrawals'
import * as migration_20261201_073621_permalink_registry from './20261201_073621_permalink_registry'
import * as migration_20261201_081925_story_authors_apart from './20261201_081925_story_authors_apart'
import * as migration_20261201_104733_follow_up from './20261201_104733_follow_up'
import * as migration_20261201_143554_translation_ledger from './20261201_143554_translation_ledger'
import * as migration_20261203_061837_submissions from './20261203_061837_submissions'
import * as migration_20261203_112644_demands_and_decision_makers from './20261203_112644_demands_and_decision_makers'

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
  {
    up: migration_20261130_211239_drop_login_lockout.up,
    down: migration_20261130_211239_drop_login_lockout.down,
    name: '20261130_211239_drop_login_lockout',
  },
  {
    up: migration_20261130_221240_version_author.up,
    down: migration_20261130_221240_version_author.down,
    name: '20261130_221240_version_author',
  },
  {
    up: migration_20261201_070800_withdrawals.up,
    down: migration_20261201_070800_withdrawals.down,
    name: '20261201_070800_withdrawals',
  },
  {
    up: migration_20261201_073621_permalink_registry.up,
    down: migration_20261201_073621_permalink_registry.down,
    name: '20261201_073621_permalink_registry',
  },
  {
    up: migration_20261201_081925_story_authors_apart.up,
    down: migration_20261201_081925_story_authors_apart.down,
    name: '20261201_081925_story_authors_apart',
  },
  {
    up: migration_20261201_104733_follow_up.up,
    down: migration_20261201_104733_follow_up.down,
    name: '20261201_104733_follow_up',
  },
  {
    up: migration_20261201_143554_translation_ledger.up,
    down: migration_20261201_143554_translation_ledger.down,
    name: '20261201_143554_translation_ledger',
  },
  {
    up: migration_20261203_061837_submissions.up,
    down: migration_20261203_061837_submissions.down,
    name: '20261203_061837_submissions',
  },
  {
    up: migration_20261203_112644_demands_and_decision_makers.up,
    down: migration_20261203_112644_demands_and_decision_makers.down,
    name: '20261203_112644_demands_and_decision_makers',
  },
]
