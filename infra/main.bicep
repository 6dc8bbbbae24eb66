// NetralitasSearch on Azure: a storage account with the app's containers and queues, a Flex Consumption function
// app running functions/ (dotnet publish), and the Event Grid subscriptions that feed its blob triggers. The names here
// are the ones the code uses; tests/NetralitasSearch.Functions.Tests/Infrastructure/BicepTemplateTests.cs reads this
// file and checks them against the code and the published functions.metadata, since `az bicep build` is not available
// where the project is built.
//
// Deploy in two steps: the first creates everything but the Event Grid subscriptions (subscribeBlobEvents=false); then
// publish the app (the subscriptions need the blobs_extension key its host creates); then deploy again with true.

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Prefix of the resource names (lower-case letters and digits).')
@minLength(3)
@maxLength(11)
param baseName string = 'netralitas'

@description('The admin key (x-functions-key) of the admin functions, kept as a host key of the function app.')
@secure()
param adminKey string

@description('Create the Event Grid subscriptions of the blob triggers (after the app has been published once).')
param subscribeBlobEvents bool = true

@description('Most instances Flex Consumption may start. Each instance keeps its own index, rebuilt from documents/ at start (README, Storage).')
param maximumInstanceCount int = 40

var suffix = uniqueString(resourceGroup().id)
var storageName = take('${baseName}${suffix}', 24)
var appName = '${baseName}-${suffix}'
var deploymentContainer = 'app-package'

// The names of the code (storage/StorageOptions.cs, functions/Alerts/AlertOptions.cs, functions/local.settings.json).
var containers = [
  'articles'
  'documents'
  'azure-webjobs-hosts'
  'ledger'
  'sources'
  'feeds'
  'alerts'
  deploymentContainer
]
var queues = [
  'ingest'
  'ingest-poison'
  'fetch'
  'fetch-poison'
  'alerts'
  'alerts-poison'
]

// Blob-triggered functions and the container each one watches (the path of its [BlobTrigger]).
var blobTriggers = [
  {
    function: 'IngestArticle'
    container: 'articles'
  }
  {
    function: 'FetchArticles'
    container: 'sources'
  }
]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for name in containers: {
  parent: blobService
  name: name
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource storageQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for name in queues: {
  parent: queueService
  name: name
}]

var connectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'functionapp,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'StorageAccountConnectionString'
            storageAccountConnectionStringName: 'DEPLOYMENT_STORAGE_CONNECTION_STRING'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      appSettings: [
        {
          name: 'AzureWebJobsStorage'
          value: connectionString
        }
        {
          name: 'DEPLOYMENT_STORAGE_CONNECTION_STRING'
          value: connectionString
        }
        {
          name: 'Storage__ArticlesContainer'
          value: 'articles'
        }
        {
          name: 'Storage__SourcesContainer'
          value: 'sources'
        }
        {
          name: 'Storage__IngestQueue'
          value: 'ingest'
        }
        {
          name: 'Storage__FetchQueue'
          value: 'fetch'
        }
        {
          name: 'Alerts__Queue'
          value: 'alerts'
        }
        {
          // The safety net behind Event Grid: deletions and unreported changes, once a minute (Flex takes CRON only).
          name: 'Netralitas__ScanArticlesSchedule'
          value: '0 * * * * *'
        }
        {
          name: 'Scraper__ScanSourcesSchedule'
          value: '0 * * * * *'
        }
        {
          name: 'Scraper__PollFeedsSchedule'
          value: '0 */15 * * * *'
        }
        {
          // Local to each instance; rebuilt from the documents container when the instance starts.
          name: 'Index__Path'
          value: '/tmp/netralitas-index'
        }
      ]
    }
  }
}

// The admin key the local runner reads from Admin__Key is, on Azure, a host key that the Functions host checks.
resource adminHostKey 'Microsoft.Web/sites/host/functionKeys@2024-04-01' = {
  name: '${app.name}/default/admin'
  properties: {
    name: 'admin'
    value: adminKey
  }
}

// Blob triggers with the Event Grid source: BlobCreated events of each watched container go to the host's blobs
// extension, which runs the function at once (no polling).
resource systemTopic 'Microsoft.EventGrid/systemTopics@2024-06-01-preview' = {
  name: '${storageName}-events'
  location: location
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource blobSubscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2024-06-01-preview' = [for trigger in blobTriggers: if (subscribeBlobEvents) {
  parent: systemTopic
  name: toLower(trigger.function)
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${trigger.function}&code=${listKeys('${app.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${trigger.container}/'
    }
  }
}]

output functionAppName string = app.name
output storageAccountName string = storage.name
output url string = 'https://${app.properties.defaultHostName}'
